namespace AgencyHub.Messaging.Transport;

/// <summary>Message headers the hub sets on the bus.</summary>
public static class HubHeaders
{
    /// <summary>The agency whose adapter accepted the message (set by the ingress API, never by the agency).</summary>
    public const string Sender = "AgencyHub-Sender";
}
