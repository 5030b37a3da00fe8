using AgencyHub.Persistence.Sharing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas.Sharing;

/// <summary>Registers the agreements, the gate that enforces them and (when configured) the seed agreements.</summary>
public static class SharingRegistration
{
    /// <summary>
    /// Adds <see cref="DeliveryGate"/>, the agreements' store and cache, <see cref="AgreementSeeds"/> and the announcer of
    /// stored versions to the agreements' review watches.
    /// </summary>
    public static IServiceCollection AddSharing(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SharingOptions.Section).Get<SharingOptions>() ?? new SharingOptions();
        services.AddSingleton(options);
        services.TryAddSingleton<AgreementStore>();
        services.AddSingleton<AgreementCache>();
        services.AddSingleton<DeliveryGate>();
        services.AddSingleton<AgreementSeeds>();
        // After the schema migration's hosted service (registered with the persistence): seeds need the tables.
        services.AddHostedService(provider => provider.GetRequiredService<AgreementSeeds>());
        services.AddSingleton<AgreementReviewAnnouncer>();
        services.AddHostedService(provider => provider.GetRequiredService<AgreementReviewAnnouncer>());
        return services;
    }
}
