using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas.Deadlines;

/// <summary>Registers what the deadlines are measured with: each scheme's lead times and the working-day calendar.</summary>
public static class DeadlineRegistration
{
    /// <summary>
    /// Adds <see cref="SchemeDeadlines"/> and the <see cref="WorkingCalendar"/>. Both are read here, so invalid
    /// settings or a bad bank holiday file stop start-up with their reasons.
    /// </summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton(new SchemeDeadlines(configuration))
        .AddSingleton(BankHolidays.Load(BankHolidays.FilePath(configuration)))
        .AddSingleton<WorkingCalendar>();
}
