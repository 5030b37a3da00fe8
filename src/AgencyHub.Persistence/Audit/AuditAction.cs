namespace AgencyHub.Persistence.Audit;

/// <summary>The operations s.62 Data Protection Act 2018 requires logs of.</summary>
public enum AuditCategory
{
    /// <summary>Data came into the hub (a message accepted at ingress).</summary>
    Collection,

    /// <summary>Something the hub keeps was changed (a credential, an agreement, a consent record).</summary>
    Alteration,

    /// <summary>Data was looked at (a feed read or acknowledged by the agency system, a held body or a report read by staff).</summary>
    Consultation,

    /// <summary>Data was given to a recipient (a delivery appended to its feed).</summary>
    Disclosure,

    /// <summary>Data was combined with other data.</summary>
    Combination,

    /// <summary>Data was deleted.</summary>
    Erasure,
}

/// <summary>What an audit entry records, each of one <see cref="AuditCategory"/>.</summary>
public enum AuditAction
{
    /// <summary>An agency system posted a message (collection).</summary>
    MessagePosted,

    /// <summary>An agency system read items of its feed (consultation).</summary>
    FeedRead,

    /// <summary>An agency system acknowledged its feed up to a cursor (consultation).</summary>
    FeedAcknowledged,

    /// <summary>A delivery was appended to an agency's feed (disclosure).</summary>
    Delivered,

    /// <summary>An API key was made (alteration).</summary>
    KeyCreated,

    /// <summary>An API key was revoked (alteration).</summary>
    KeyRevoked,

    /// <summary>An API key was replaced by a new one (alteration).</summary>
    KeyRotated,

    /// <summary>A data-sharing agreement was drafted, amended, activated, suspended, renewed or ended (alteration).</summary>
    AgreementChanged,

    /// <summary>A person's consent was recorded as given or withdrawn (alteration).</summary>
    ConsentRecorded,

    /// <summary>An operator asked for a held delivery to be released: released, or still held and why (alteration).</summary>
    DeliveryReleased,

    /// <summary>An operator opened the body of a held delivery, giving their justification (consultation).</summary>
    BodyOpened,

    /// <summary>A member of staff read the report of what was disclosed of an agency's data (consultation).</summary>
    DisclosuresReported,

    /// <summary>Personal data kept as long as its kind's retention was deleted (erasure).</summary>
    Erased,

    /// <summary>An operator asked for a failed or parked message to be sent again (alteration).</summary>
    FailedMessageReplayed,

    /// <summary>An operator discarded a failed or parked message, giving their reason (alteration).</summary>
    FailedMessageDiscarded,

    /// <summary>A member of staff looked at a person's journey on the dashboard (consultation).</summary>
    JourneyViewed,
}

/// <summary>The category of each action.</summary>
public static class AuditActions
{
    /// <summary>The s.62 operation <paramref name="action"/> is.</summary>
    public static AuditCategory CategoryOf(AuditAction action) => action switch
    {
        AuditAction.MessagePosted => AuditCategory.Collection,
        AuditAction.FeedRead or AuditAction.FeedAcknowledged or AuditAction.BodyOpened or AuditAction.DisclosuresReported
            or AuditAction.JourneyViewed => AuditCategory.Consultation,
        AuditAction.Delivered => AuditCategory.Disclosure,
        AuditAction.KeyCreated or AuditAction.KeyRevoked or AuditAction.KeyRotated or AuditAction.AgreementChanged or AuditAction.ConsentRecorded
            or AuditAction.DeliveryReleased or AuditAction.FailedMessageReplayed or AuditAction.FailedMessageDiscarded
            => AuditCategory.Alteration,
        AuditAction.Erased => AuditCategory.Erasure,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "an action without a category"),
    };
}
