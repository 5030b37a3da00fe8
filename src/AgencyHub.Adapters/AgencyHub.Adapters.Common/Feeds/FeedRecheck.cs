using AgencyHub.Messaging.Delivery;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Sharing;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// The last look before a delivery goes on the feed: what the gate relied on may have changed while the delivery was
/// on its way (in the hub's outbox, on the broker). The agreement version it was decided under must still be the
/// current one as the adapter last read the versions (<see cref="AgreementVersions"/>: no amendment, suspension, lapse
/// or end since), and consent it rests on must still be in force for this recipient, read in the appending
/// transaction. The person's PPO status and age are the hub's to know and are not checked again here.
/// </summary>
public sealed class FeedRecheck(AgreementVersions agreements)
{
    /// <summary>Why <paramref name="delivery"/> may not go on the feed now, without personal data; null when it may.</summary>
    public async Task<string?> Refusal(HubDbContext db, AgencyDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await agreements.Superseded(delivery.Agreement, cancellationToken))
            return $"agreement {delivery.Agreement} has been changed since the hub allowed the delivery";
        if (delivery.ConsentOf is { } person
            && await ConsentLedger.Refusal(db, person, delivery.Recipient, delivery.MessageType, delivery.Purpose, now, cancellationToken) is { } refusal)
            return refusal;
        return null;
    }
}
