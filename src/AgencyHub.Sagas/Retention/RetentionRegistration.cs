using AgencyHub.Persistence.Housekeeping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas.Retention;

/// <summary>Registers the erasure of the hub's personal data as housekeeping steps.</summary>
public static class RetentionRegistration
{
    /// <summary>
    /// Adds the steps, closed cases before people, so a person whose last case goes is erased in the same round once
    /// their own retention has passed.
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions());
        services.AddSingleton<IHousekeepingStep, ClosedCases>();
        services.AddSingleton<IHousekeepingStep, HeldDeliveries>();
        services.AddSingleton<IHousekeepingStep, NeverSelectedPeople>();
        return services;
    }
}
