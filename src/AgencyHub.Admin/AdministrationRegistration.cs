using AgencyHub.Adapters.Common.Credentials;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Admin;

/// <summary>Registers the admin API's services on a host that serves the hub's staff (the orchestrator, the all-in-one host).</summary>
public static class AdministrationRegistration
{
    /// <summary>
    /// Adds <see cref="AgreementAdministration"/>, <see cref="FailedMessageAdministration"/> and <see cref="HeldDeliveryAdministration"/>, and marks the host as one
    /// the staff's keys belong to.
    /// </summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddSingleton<AgreementAdministration>().AddSingleton<FailedMessageAdministration>().AddSingleton<HeldDeliveryAdministration>()
            .AddSingleton<StaffAccess>();
}
