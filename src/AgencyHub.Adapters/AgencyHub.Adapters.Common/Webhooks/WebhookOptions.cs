namespace AgencyHub.Adapters.Common.Webhooks;

/// <summary>Configuration section <c>Agencies:{agency}:Webhook</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>Where feed items are POSTed, one at a time, in order. Unset: pull only.</summary>
    public Uri? Url { get; set; }

    /// <summary>Delay before the first retry of a failed push; it doubles on each further failure.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest delay between retries. Pushes are retried until they succeed: nothing is dropped.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many times in a row the agency's system may answer a delivery with a refusal (any status but success and
    /// those saying it is unavailable: 408, 429, 502, 503, 504) before the delivery is parked for an operator and the
    /// feed goes on. A system that does not answer, or says it is unavailable, is waited for however long it takes.
    /// </summary>
    public int ParkAfterRefusals { get; set; } = 5;

    /// <summary>How long one push may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
