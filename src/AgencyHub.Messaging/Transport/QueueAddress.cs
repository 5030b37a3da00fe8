namespace AgencyHub.Messaging.Transport;

/// <summary>Queue names in MassTransit addresses.</summary>
public static class QueueAddress
{
    /// <summary>
    /// Where a host sends to the queue <paramref name="name"/>: the exchange of that name in front of it
    /// (<c>exchange:{name}</c>). Its receive endpoint declares the queue, with its kind and arguments
    /// (<see cref="DurableQueues"/>); a sender to <c>queue:{name}</c> would declare it again without them, which the broker
    /// refuses for a quorum queue. A message no queue takes yet is returned to the sender (<see cref="MandatorySends"/>),
    /// so the sender keeps it and tries again.
    /// </summary>
    public static Uri Of(string name) => new($"exchange:{name}");

    /// <summary>
    /// The queue <paramref name="address"/> names: the last path segment of a transport address
    /// (<c>rabbitmq://host/vhost/hub-routing</c>, <c>loopback://localhost/hub-routing</c>) or the name in a short one
    /// (<c>queue:hub-routing</c>, <c>exchange:hub-routing</c>).
    /// </summary>
    public static string NameOf(Uri address) =>
        address.IsAbsoluteUri && address.Scheme != "queue" ? address.AbsolutePath.Split('/')[^1] : address.OriginalString.Split(':')[^1];
}
