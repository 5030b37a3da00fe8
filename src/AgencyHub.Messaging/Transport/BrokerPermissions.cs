using System.Text;
using System.Text.RegularExpressions;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;

namespace AgencyHub.Messaging.Transport;

/// <summary>
/// What each host's broker user may do on the hub's virtual host, as RabbitMQ's configure, write and read patterns.
/// The orchestrator may do anything (it declares the hub's topology, sends every delivery and runs the scheduler) and
/// is an impersonator, so it can move an agency's message to an error queue with its validated user-id intact. An
/// adapter may declare and publish to the exchanges of the messages its agency sends, and use its own delivery queue
/// (with its error and skipped queues), its own reply queue, MassTransit's fault exchanges, the hub's queue for
/// returned deliveries (<see cref="DeliveryQueues.Returned"/>) and the scheduler's (for redeliveries to its own
/// delivery queue, which is all the scheduler takes from it), those two to send to only; it may read nothing
/// else, so no other agency's deliveries and never the scheduler's queue. The dashboard's user may use its own reply
/// queue and send to the orchestrator's queue of held-delivery releases (<see cref="DeliveryQueues.HeldReleases"/>),
/// and nothing else. Generated into
/// <c>deploy/rabbitmq/permissions.tsv</c>, which the set-up script applies (a test keeps the two in step).
/// </summary>
public static class BrokerPermissions
{
    /// <summary>One user's grant.</summary>
    public sealed record Grant(string User, string Tags, string Configure, string Write, string Read);

    /// <summary>The exchange MassTransit publishes a message type to on RabbitMQ: <c>Namespace:TypeName</c>.</summary>
    public static string ExchangeOf(Type messageType) => $"{messageType.Namespace}:{messageType.Name}";

    /// <summary>The grants of the orchestrator's user, the dashboard's and every adapter's.</summary>
    public static IReadOnlyList<Grant> For(BrokerUsers users)
    {
        var dashboard = $"{Regex.Escape(users.Dashboard)}\\.bus\\.[0-9a-f]+";
        var grants = new List<Grant>
        {
            new(users.Hub, "impersonator", ".*", ".*", ".*"),
            new(users.Dashboard, "", $"^({dashboard}|{Regex.Escape(DeliveryQueues.HeldReleases)})$",
                $"^({dashboard}|{Regex.Escape(DeliveryQueues.HeldReleases)})$", $"^({dashboard})$"),
        };
        foreach (var agency in AgencyNames.Partners)
        {
            var user = users.Of(agency);
            var own = $"{Regex.Escape(DeliveryQueues.Name(agency))}(_error|_skipped)?|{Regex.Escape(user)}\\.bus\\.[0-9a-f]+|MassTransit:Fault(--.+)?";
            var sends = string.Join("|", MessageCatalogue.SentBy(agency).Select(c => Regex.Escape(ExchangeOf(c.Type))).Append(Regex.Escape(DeliveryQueues.Returned)).Append(Regex.Escape(SchedulerQueue.Name)));
            grants.Add(new Grant(user, "", $"^({own}|{sends})$", $"^({own}|{sends})$", $"^({own})$"));
        }
        return grants;
    }

    /// <summary>The grants as the tab-separated file the set-up script reads.</summary>
    public static string Document(BrokerUsers users)
    {
        var text = new StringBuilder("# Generated from BrokerPermissions (AgencyHub.Messaging); deploy/rabbitmq/setup-users.sh applies it.\n");
        text.Append("# user\ttags\tconfigure\twrite\tread\n");
        foreach (var grant in For(users))
            text.Append($"{grant.User}\t{(grant.Tags.Length > 0 ? grant.Tags : "-")}\t{grant.Configure}\t{grant.Write}\t{grant.Read}\n");
        return text.ToString();
    }
}
