using AgencyHub.Messaging.Transport;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>Looks into the broker's error queues (<c>{queue}_error</c>) with the plain RabbitMQ client.</summary>
public static class ErrorQueues
{
    /// <summary>The error queue of a receive endpoint.</summary>
    public static string Of(string queue) => DurableQueues.ErrorQueueOf(queue);

    /// <summary>
    /// Why each message waiting in <paramref name="errorQueue"/> whose body mentions one of <paramref name="mentions"/>
    /// failed (its fault message, or how the broker dead-lettered it), left in the queue; none when the queue was never
    /// declared. Other tests' messages there are passed over.
    /// </summary>
    public static async Task<IReadOnlyList<string>> Reasons(BrokerSettings broker, string errorQueue, IReadOnlyCollection<string> mentions)
    {
        await using var connection = await broker.ClientFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var reasons = new List<string>();
        try
        {
            // Read and not acknowledged: back in the queue when the channel closes.
            while (await channel.BasicGetAsync(errorQueue, autoAck: false) is { } result)
            {
                var body = Encoding.UTF8.GetString(result.Body.Span);
                if (!mentions.Any(mention => body.Contains(mention, StringComparison.Ordinal))) continue;
                var headers = result.BasicProperties.Headers ?? new Dictionary<string, object?>();
                reasons.Add(headers.TryGetValue("MT-Fault-Message", out var fault) && fault is byte[] text
                    ? Encoding.UTF8.GetString(text)
                    : headers.ContainsKey("x-death") || headers.ContainsKey("x-delivery-count") ? "dead-lettered by the broker" : "(no reason)");
            }
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            // Never declared: nothing failed there.
        }
        return reasons;
    }
}
