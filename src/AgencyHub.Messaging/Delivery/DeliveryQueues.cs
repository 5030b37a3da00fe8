using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Delivery;

/// <summary>Names of the queues that carry deliveries to each agency's adapter.</summary>
public static class DeliveryQueues
{
    /// <summary>The queue name, e.g. <c>prison-deliveries</c>.</summary>
    public static string Name(Agency agency) => $"{agency.Slug()}-deliveries";

    /// <summary>The queue address, valid on every transport.</summary>
    public static Uri Address(Agency agency) => new($"queue:{Name(agency)}");
}
