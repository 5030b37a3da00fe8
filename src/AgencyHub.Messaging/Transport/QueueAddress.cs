namespace AgencyHub.Messaging.Transport;

/// <summary>Queue names in MassTransit addresses.</summary>
public static class QueueAddress
{
    /// <summary>
    /// The queue <paramref name="address"/> names: the last path segment of a transport address
    /// (<c>rabbitmq://host/vhost/hub-routing</c>, <c>loopback://localhost/hub-routing</c>) or the name in a short one
    /// (<c>queue:hub-routing</c>).
    /// </summary>
    public static string NameOf(Uri address) =>
        address.IsAbsoluteUri && address.Scheme != "queue" ? address.AbsolutePath.Split('/')[^1] : address.OriginalString.Split(':')[^1];
}
