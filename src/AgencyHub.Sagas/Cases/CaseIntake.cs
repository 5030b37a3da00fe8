using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Courts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Prosecution;
using AgencyHub.Contracts.Recall;
using AgencyHub.Contracts.Release;
using AgencyHub.Contracts.Selection;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Journal;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.People;
using AgencyHub.Persistence.Release;
using AgencyHub.Sagas.People;
using AgencyHub.Sagas.Intake;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// The way into the PPO cases: resolves the person an agency's message is about, keeps the register's record of
/// who is held where (for everyone, so a later selection alerts the prison already holding them), and applies the
/// message to each PPO case it concerns, its release warning and its recall (<see cref="CaseMachines"/>): the scheme's
/// case for selections, every case of the person for custody and recall, release dates, assessments and activity; a police
/// acknowledgement goes to the case whose release warning issued the notice it quotes. All in the message's
/// transaction, so a redelivered message changes nothing twice. A custody change writes the person's row, the one
/// record of custody, in the order the events happened (<see cref="CustodyFact"/>), before any case sees it; every case
/// reads custody from that row (<see cref="CasePerson"/>). Messages about one person take turns: resolving the person
/// locks their row until the message's transaction ends (<see cref="PersonRegister.Resolve"/>), so a selection and a
/// reception taken at once each see the other's outcome, whichever goes first.
/// </summary>
public sealed class CaseIntake(CaseMachines machines, MessageJournal journal, TimeProvider clock, ILogger<CaseIntake> logger) :
    IAgencyMessageRule<PpoSelected>, IAgencyMessageRule<PpoDeselected>, IAgencyMessageRule<PpoMovedArea>,
    IAgencyMessageRule<ReceptionIntoCustody>, IAgencyMessageRule<PrisonTransfer>, IAgencyMessageRule<OffenderReleased>,
    IAgencyMessageRule<RecallRequested>, IAgencyMessageRule<RecallDecided>, IAgencyMessageRule<RecallArrestMade>, IAgencyMessageRule<ReturnedToCustody>,
    IAgencyMessageRule<SentenceOutcome>, IAgencyMessageRule<ReleaseDateSet>, IAgencyMessageRule<ReleaseDateChanged>, IAgencyMessageRule<NeedsAssessmentCompleted>,
    IAgencyMessageRule<OffenderArrested>, IAgencyMessageRule<IntelligenceReported>, IAgencyMessageRule<PreReleaseNoticeAcknowledged>
{
    /// <inheritdoc />
    public Task Apply(ConsumeContext<PpoSelected> context) =>
        Forward(context, context.Message.Offender, Register.New, scheme: context.Message.Scheme.Code);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<PpoDeselected> context) =>
        Forward(context, context.Message.Offender, Register.KnownOnly, scheme: context.Message.Scheme.Code);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<PpoMovedArea> context) =>
        Forward(context, context.Message.Offender, Register.KnownOnly, scheme: context.Message.FromScheme.Code);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<ReceptionIntoCustody> context) =>
        Forward(context, context.Message.Offender, Register.New,
            new HeldIn(context.Message.PrisonCode, context.Message.ReceivedAt, context.Message.Reason.ToString()));

    /// <inheritdoc />
    public Task Apply(ConsumeContext<PrisonTransfer> context) =>
        Forward(context, context.Message.Offender, Register.New,
            new HeldIn(context.Message.ToPrisonCode, context.Message.TransferredAt, nameof(ReceptionReason.Transfer)));

    /// <inheritdoc />
    public Task Apply(ConsumeContext<OffenderReleased> context) =>
        Forward(context, context.Message.Offender, Register.New, new Freed(context.Message.ReleasedAt, context.Message.OnLicence));

    /// <inheritdoc />
    public Task Apply(ConsumeContext<RecallRequested> context) => Forward(context, context.Message.Offender, Register.KnownOnly);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<RecallArrestMade> context) => Forward(context, context.Message.Offender, Register.KnownOnly);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<RecallDecided> context) =>
        Forward(context, context.Message.Offender, Register.KnownOnly,
            context.Message.Decision == RecallDecision.Recalled ? new Recalled(context.Message.RecallId, context.Message.DecidedAt) : null);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<ReturnedToCustody> context) =>
        Forward(context, context.Message.Offender, Register.New,
            new HeldIn(context.Message.PrisonCode, context.Message.ReturnedAt, nameof(ReceptionReason.Recall)));

    /// <inheritdoc />
    public Task Apply(ConsumeContext<ReleaseDateSet> context) =>
        Forward(context, context.Message.Offender, Register.New, new ReleaseExpected(context.Message.ReleaseDate, context.Message.SetAt));

    /// <inheritdoc />
    public Task Apply(ConsumeContext<ReleaseDateChanged> context) =>
        Forward(context, context.Message.Offender, Register.New, new ReleaseExpected(context.Message.NewReleaseDate, context.Message.ChangedAt));

    /// <inheritdoc />
    public Task Apply(ConsumeContext<SentenceOutcome> context) => Forward(context, context.Message.Offender, Register.KnownOnly);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<NeedsAssessmentCompleted> context) => Forward(context, context.Message.Offender, Register.KnownOnly);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<OffenderArrested> context) => Forward(context, context.Message.Offender, Register.KnownOnly);

    /// <inheritdoc />
    public Task Apply(ConsumeContext<IntelligenceReported> context) => Forward(context, context.Message.Offender, Register.KnownOnly);

    /// <inheritdoc />
    public async Task Apply(ConsumeContext<PreReleaseNoticeAcknowledged> context)
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        var noticeId = context.Message.NoticeId;
        if (await WarningOf(db, noticeId, context.CancellationToken) is not { } warning)
        {
            logger.LogWarning("Acknowledgement {MessageId} quotes notice {NoticeId}, which the hub never issued", context.MessageId, noticeId);
            journal.Record(context, new JournalEntry(clock.GetUtcNow(), JournalEntryKind.Unmatched, context.MessageId ?? Guid.Empty,
                MessageCatalogue.For<PreReleaseNoticeAcknowledged>().Name, context.SenderOf(), null, $"no pre-release notice {noticeId}"));
            return;
        }
        var person = await db.People.AsNoTracking().SingleAsync(p => p.PersonId == warning.PersonId, context.CancellationToken);
        await SendToCases(context, person, [warning.CorrelationId]);
    }

    enum Register { New, KnownOnly }

    async Task Forward<T>(ConsumeContext<T> context, OffenderIdentity offender, Register register, CustodyFact? fact = null,
        string? scheme = null) where T : class
    {
        var sender = context.SenderOf();
        var db = context.GetPayload<IHubTransaction>().Db;
        var match = await PersonRegister.Resolve(db, offender, register == Register.New, clock.GetUtcNow(), context.CancellationToken);
        if (match.Person is not { } person)
        {
            if (match.Conflict is { } conflict) ReportConflict(context, sender, conflict);
            return;
        }
        var asOf = person.CustodyAsOf;
        var stale = fact is not null && !fact.ApplyTo(person);
        var cases = scheme is not null
            ? [PpoCaseIds.For(person.PersonId, scheme)]
            : await CaseIdsOf(db, person.PersonId).ToListAsync(context.CancellationToken);
        if (stale) await NoteStale(context, fact!, asOf, cases);
        else await SendToCases(context, person, cases);
    }

    async Task SendToCases<T>(ConsumeContext<T> context, PersonRecord person, IReadOnlyList<Guid> cases) where T : class
    {
        var sender = context.SenderOf();
        var sourceId = context.MessageId ?? throw new InvalidOperationException("Hub messages always carry an id");
        var identity = PersonRegister.IdentityOf(person);
        foreach (var caseId in cases)
            await machines.Raise(context, new CaseEvent<T>
            {
                CaseId = caseId,
                PersonId = person.PersonId,
                Person = identity,
                Sender = sender,
                SourceMessageId = sourceId,
                Message = context.Message,
            });
    }

    // Compiled once: every custody message asks it.
    static readonly Func<HubDbContext, Guid, IAsyncEnumerable<Guid>> CaseIdsOf = EF.CompileAsyncQuery(
        (HubDbContext db, Guid personId) => db.Cases.Where(c => c.PersonId == personId).Select(c => c.CorrelationId));

    static readonly Func<HubDbContext, Guid, CancellationToken, Task<ReleaseWarning?>> WarningOf = EF.CompileAsyncQuery(
        (HubDbContext db, Guid noticeId, CancellationToken _) =>
            db.ReleaseWarnings.AsNoTracking().FirstOrDefault(w => w.FirstNoticeId == noticeId || w.ReminderId == noticeId));

    // A stale fact still happened: each case's journey shows it arrived, and that it changed nothing.
    static async Task NoteStale<T>(ConsumeContext<T> context, CustodyFact fact, DateTimeOffset? asOf, IReadOnlyList<Guid> cases) where T : class
    {
        var db = context.GetPayload<IHubTransaction>().Db;
        foreach (var caseId in cases)
            if (await db.Cases.FindAsync([caseId], context.CancellationToken) is { } ppoCase)
            {
                CaseTimeline.RecordStale<T>(ppoCase, fact.At, context.MessageId!.Value, context.SenderOf(),
                    $"Not applied: the register already holds a later custody event ({asOf:u})");
                ppoCase.Version++;
            }
    }

    void ReportConflict<T>(ConsumeContext<T> context, Agency sender, string conflict) where T : class
    {
        var type = MessageCatalogue.For<T>().Name;
        logger.LogWarning("{MessageType} {MessageId} matched nobody: {Conflict}", type, context.MessageId, conflict);
        journal.Record(context, new JournalEntry(clock.GetUtcNow(), JournalEntryKind.IdentityConflict,
            context.MessageId ?? Guid.Empty, type, sender, null, conflict));
    }
}
