using AgencyHub.Adapters.Common.Credentials;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Admin;

/// <summary>Registers the admin API's services on a host that serves the hub's staff (the orchestrator, the all-in-one host, the dashboard's).</summary>
public static class AdministrationRegistration
{
    /// <summary>Adds <see cref="AgreementAdministration"/> and the <see cref="AddStaffOperations">staff's operations</see>.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddSingleton<AgreementAdministration>().AddStaffOperations();

    /// <summary>
    /// Adds <see cref="FailedMessageAdministration"/> and <see cref="HeldDeliveryAdministration"/>, what operators do to
    /// messages, and marks the host as one the staff's keys belong to.
    /// </summary>
    public static IServiceCollection AddStaffOperations(this IServiceCollection services) =>
        services.AddSingleton<FailedMessageAdministration>().AddSingleton<HeldDeliveryAdministration>().AddSingleton<StaffAccess>();
}
