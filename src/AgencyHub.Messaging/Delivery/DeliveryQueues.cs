using AgencyHub.Messaging.Transport;
using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Delivery;

/// <summary>Names of the queues that carry deliveries to each agency's adapter, and back to the hub.</summary>
public static class DeliveryQueues
{
    /// <summary>The queue name, e.g. <c>prison-deliveries</c>.</summary>
    public static string Name(Agency agency) => $"{agency.Slug()}-deliveries";

    /// <summary>The agency whose delivery queue <paramref name="queue"/> is, or null when it is none.</summary>
    public static Agency? OwnerOf(string queue) =>
        AgencyNames.Partners.Where(agency => Name(agency) == queue).Cast<Agency?>().FirstOrDefault();

    /// <summary>The queue address, valid on every transport.</summary>
    public static Uri Address(Agency agency) => QueueAddress.Of(Name(agency));

    /// <summary>The hub's queue for deliveries an adapter sends back (<see cref="DeliveryReturned"/>); every adapter may send to it.</summary>
    public const string Returned = "hub-returned-deliveries";

    /// <summary>Its address.</summary>
    public static Uri ReturnedAddress { get; } = QueueAddress.Of(Returned);

    /// <summary>
    /// The hub's queue for the staff's releases of held deliveries: the orchestrator's admin API and the dashboard's host
    /// send to it, and no adapter may.
    /// </summary>
    public const string HeldReleases = "hub-held-deliveries";
}
