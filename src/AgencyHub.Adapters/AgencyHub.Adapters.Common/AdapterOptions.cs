using AgencyHub.Adapters.Common.Webhooks;

namespace AgencyHub.Adapters.Common;

/// <summary>Configuration section <c>Agencies:{agency}</c>, e.g. <c>Agencies:prison</c>: one agency's adapter.</summary>
public sealed class AdapterOptions
{
    /// <summary>The configuration section holding every agency's options.</summary>
    public const string Section = "Agencies";

    /// <summary>Largest request body the ingress API accepts, in bytes; larger bodies get 413.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How long the ingress relay waits for the broker to confirm a message before trying again later, and the
    /// selection-matrix endpoint for the hub's answer before answering 503.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far ahead of the hub's clock an event time in a posted message may be (clocks drift a little); a message
    /// reporting something later than that is refused naming the field.
    /// </summary>
    public TimeSpan FutureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest a feed read may wait for new items (<c>GET /feed?wait=</c>).</summary>
    public TimeSpan MaxFeedWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Push delivery to the agency's system; off unless <see cref="WebhookOptions.Url"/> is set.</summary>
    public WebhookOptions Webhook { get; set; } = new();
}
