using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Treatment;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.Sharing;
using AgencyHub.Sagas.People;
using AgencyHub.Sagas.Intake;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Records the consent the CJIT reports, given or withdrawn, for the person it names (registering them if the hub does
/// not know them yet), with its scope (recipients, purpose, kinds of data) and times, and an audit entry of the
/// alteration, in one transaction. From the commit on, the gate reads it for every delivery that needs consent:
/// a withdrawal stops deliveries not yet made, whenever their message was accepted.
/// </summary>
public sealed class ConsentIntake(AuditTrail audit, TimeProvider clock, ILogger<ConsentIntake> logger) :
    IAgencyMessageRule<ConsentGiven>, IAgencyMessageRule<ConsentWithdrawn>
{
    /// <inheritdoc />
    public Task Apply(ConsumeContext<ConsentGiven> context) => Record(context, context.Message.Offender, given: true,
        context.Message.Recipients, context.Message.Purpose, context.Message.MessageTypes, context.Message.GivenAt, context.Message.ExpiresOn);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<ConsentWithdrawn> context) => Record(context, context.Message.Offender, given: false,
        context.Message.Recipients, context.Message.Purpose, context.Message.MessageTypes, context.Message.WithdrawnAt, expiresOn: null);

    async Task Record<T>(ConsumeContext<T> context, OffenderIdentity offender, bool given, IReadOnlyList<Agency> recipients, string purpose,
        IReadOnlyList<string>? messageTypes, DateTimeOffset at, DateOnly? expiresOn) where T : class
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        var consentId = context.MessageId ?? throw new InvalidOperationException("Hub messages always carry an id");
        var match = await PersonRegister.Resolve(db, offender, registerIfNew: true, clock.GetUtcNow(), context.CancellationToken);
        if (match.Person is not { } person)
        {
            // Identifiers only by kind: the conflict text names no values.
            logger.LogWarning("Consent {MessageId} was not recorded: {Conflict}", consentId, match.Conflict);
            return;
        }
        var now = clock.GetUtcNow();
        db.Consents.Add(new ConsentRecord
        {
            ConsentId = consentId, PersonId = person.PersonId, Given = given, Recipients = ConsentLedger.Slugs(recipients), Purpose = purpose,
            MessageTypes = messageTypes is { Count: > 0 } ? string.Join(',', messageTypes.Distinct()) : null, At = at, ExpiresOn = expiresOn,
            RecordedAt = now,
        });
        await audit.Append(db, new AuditEntry
        {
            At = now, Agency = Agency.Hub.Slug(), Actor = Agency.Cjit.Slug(), Action = AuditAction.ConsentRecorded,
            PersonReference = PersonReference.Of(offender), Purpose = purpose, MessageId = consentId,
            Detail = $"{(given ? "given" : "withdrawn")} for {ConsentLedger.Slugs(recipients)}",
        }, context.CancellationToken);
    }
}
