using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Courts;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// What a court's sentence does to a PPO case: JTrack stopped at sentence (Joint Inspection Report 2004 §7.24), the hub
/// carries the case on. The case records the disposal, its custodial term and who supervises it (probation, or the YOT
/// for a youth order or a detention and training order: PPO Strategy Supplementary Annex 2004 §32-36); where the person
/// is held stays the prisons' to report. A de-selection for a long custodial sentence (Offender Management Update 2009
/// §5.2, criterion 3: over about two years) is checked against the term on record, and a mismatch noted on the journey.
/// </summary>
public sealed partial class PpoCaseStateMachine
{
    /// <summary>Custodial terms longer than this are long sentences for criterion 3.</summary>
    public const int LongSentenceMonths = 24;

    /// <summary>A court sentenced the person.</summary>
    public Event<CaseEvent<SentenceOutcome>> Sentenced { get; private set; } = null!;

    void DeclareSentences()
    {
        Event(() => Sentenced, CaseEventCorrelation.ToExisting);
        During(InCommunity, InCustody, OnLicence, RecallOutstanding,
            When(Sentenced)
                .Then(c => CaseTimeline.Identify(c))
                .Then(c =>
                {
                    var sentence = c.Message.Message;
                    c.Saga.SentenceDisposal = sentence.Disposal.ToString();
                    c.Saga.SentencedAt = sentence.SentencedAt;
                    c.Saga.CustodialLengthMonths = sentence.CustodialLengthMonths;
                    c.Saga.SupervisedBy = SupervisorOf(sentence.Disposal)?.Slug();
                })
                .Then(c => CaseTimeline.Record(c, c.Message.Message.SentencedAt, Describe(c.Message.Message))));
        During(Deselected, MovedArea, Ignore(Sentenced));
    }

    /// <summary>Who supervises someone under <paramref name="disposal"/>: custody ends in licence supervision too.</summary>
    public static Agency? SupervisorOf(SentenceDisposal disposal) => disposal switch
    {
        SentenceDisposal.YouthRehabilitationOrder or SentenceDisposal.DetentionAndTrainingOrder => Agency.Yot,
        SentenceDisposal.Custody or SentenceDisposal.CommunityOrder or SentenceDisposal.SuspendedSentence => Agency.Probation,
        _ => null,
    };

    static string Describe(SentenceOutcome sentence) =>
        $"Sentenced at {sentence.CourtCode}: {sentence.Disposal}" +
        (sentence.CustodialLengthMonths is { } months ? $", {months} months" : "") +
        (SupervisorOf(sentence.Disposal) is { } supervisor ? $", supervised by {supervisor.Slug()}" : "");

    // Criterion 3 rests on the sentence: one the hub does not know of, or a term of two years or less, is noted.
    static void CheckLongSentence(BehaviorContext<PpoCase, CaseEvent<PpoDeselected>> context)
    {
        if (context.Message.Message.Criterion != DeselectionCriterion.LongCustodialSentence) return;
        var months = context.Saga.CustodialLengthMonths;
        if (context.Saga.SentenceDisposal == nameof(SentenceDisposal.Custody) && months > LongSentenceMonths) return;
        var onRecord = months is { } term ? $"a term of {term} months ({context.Saga.SentenceDisposal})" : "no custodial sentence";
        context.Service<ILogger<PpoCase>>().LogWarning("Case {CaseId} de-selected for a long custodial sentence with {OnRecord} on record",
            context.Saga.CorrelationId, onRecord);
        CaseTimeline.Record(context, context.Message.Message.DeselectedAt,
            $"Check: de-selected for a long custodial sentence, but the hub has {onRecord} on record");
    }
}
