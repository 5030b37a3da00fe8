using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// Configuration section <c>Bus:RabbitMq:Users</c>: the broker user of each host, by which the hub knows who sent a
/// message (RabbitMQ's validated user-id: the publisher sets it, the broker refuses a message whose user-id is not its
/// connection's). Defaults: <c>agencyhub-hub</c> for the orchestrator, <c>agencyhub-{agency}</c> for each adapter.
/// </summary>
public sealed class BrokerUsers
{
    /// <summary>The orchestrator's user: deliveries and scheduled messages come only from it.</summary>
    public string Hub { get; set; } = "agencyhub-hub";

    /// <summary>The dashboard host's user: it only sends the staff's releases of held deliveries to the orchestrator.</summary>
    public string Dashboard { get; set; } = "agencyhub-dashboard";

    /// <summary>An agency adapter's user where it is not <c>agencyhub-{agency}</c>, by agency slug.</summary>
    public Dictionary<string, string> Agencies { get; set; } = [];

    /// <summary>The reply queue of a host connected as <paramref name="user"/>: one per process, removed when it goes.</summary>
    public static string ReplyQueue(string user) => $"{user}.bus.{Guid.NewGuid():N}";

    /// <summary>The broker user of <paramref name="agency"/>'s adapter.</summary>
    public string Of(Agency agency) => Agencies.GetValueOrDefault(agency.Slug()) ?? $"agencyhub-{agency.Slug()}";

    /// <summary>Who the validated <paramref name="userId"/> is.</summary>
    public BrokerSender Identify(string? userId)
    {
        if (userId is null) return new BrokerSender(null, null, IsHub: false);
        if (userId == Hub) return new BrokerSender(userId, Agency.Hub, IsHub: true);
        var agency = AgencyNames.Partners.Where(a => Of(a) == userId).Select(a => (Agency?)a).FirstOrDefault();
        return new BrokerSender(userId, agency, IsHub: false);
    }
}

/// <summary>
/// Who the broker says sent a message: its validated user-id and the party that user is (none for a user the hub does
/// not know, or a message without a user-id). Present on every message received over RabbitMQ; absent in memory,
/// where every party is in one trusted process.
/// </summary>
/// <param name="UserId">The validated user-id, if the message had one.</param>
/// <param name="Party">The agency of that user, or <see cref="Agency.Hub"/> for the orchestrator's.</param>
/// <param name="IsHub">Whether it is the orchestrator's user.</param>
public sealed record BrokerSender(string? UserId, Agency? Party, bool IsHub);
