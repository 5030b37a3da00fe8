using AgencyHub.Sagas.Deadlines.Open;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas.Deadlines;

/// <summary>Registers what the deadlines are measured with: each scheme's lead times and the working-day calendar.</summary>
public static class DeadlineRegistration
{
    /// <summary>
    /// Adds <see cref="SchemeDeadlines"/>, the <see cref="WorkingCalendar"/> and the list of <see cref="OpenDeadlines"/>. Both are read here, so invalid
    /// settings or a bad bank holiday file stop start-up with their reasons.
    /// </summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton(new SchemeDeadlines(configuration))
        .AddSingleton(BankHolidays.Load(BankHolidays.FilePath(configuration)))
        .AddSingleton<WorkingCalendar>()
        // Each saga with deadlines lists its open ones for the operators (the deadline board, a person's journey).
        .AddSingleton<OpenDeadlines>()
        .AddSingleton<IOpenDeadlineSource, CaseDeadlineSource>()
        .AddSingleton<IOpenDeadlineSource, ReleaseWarningDeadlineSource>()
        .AddSingleton<IOpenDeadlineSource, RecallDeadlineSource>();
}
