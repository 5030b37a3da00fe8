using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Courts;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Cases;

/// <summary>
/// A court's sentence carries the PPO's case on (Joint Inspection Report 2004 §7.24): the disposal, its term and who
/// supervises it are on the case and its journey; a de-selection for a long sentence is checked against the term.
/// </summary>
public class SentenceOutcomeTests
{
    static SentenceOutcome Sentence(int serial, SentenceDisposal disposal, int? months) => (SentenceOutcome)ContractExamples.For(typeof(SentenceOutcome), ByPnc(serial), Now) with
    {
        Disposal = disposal, CustodialLengthMonths = months,
    };

    static async Task<HubHarness> Ppo(int serial)
    {
        var hub = await HubHarness.Start(now: Now);
        await hub.Post(Selected(ByPnc(serial)), Agency.Police);
        return hub;
    }

    static Task<PpoCase> Case(HubHarness hub) => hub.Query(db => db.Cases.Include(c => c.Timeline).AsNoTracking().SingleAsync());

    [Theory]
    [InlineData(SentenceDisposal.Custody, 36, "probation")]
    [InlineData(SentenceDisposal.YouthRehabilitationOrder, null, "yot")]
    [InlineData(SentenceDisposal.DetentionAndTrainingOrder, 8, "yot")]
    [InlineData(SentenceDisposal.Fine, null, null)]
    public async Task A_sentence_is_recorded_on_the_case_with_its_term_and_who_supervises_it(SentenceDisposal disposal, int? months, string? supervisor)
    {
        await using var hub = await Ppo(1001);
        await hub.Post(Sentence(1001, disposal, months), Agency.Courts);

        var ppoCase = await Case(hub);
        Assert.Equal((disposal.ToString(), months, supervisor, Now), (ppoCase.SentenceDisposal, ppoCase.CustodialLengthMonths, ppoCase.SupervisedBy, ppoCase.SentencedAt));
        Assert.Contains(ppoCase.Timeline, e => e.MessageType == "sentence-outcome" && e.Summary.StartsWith($"Sentenced at B01LY: {disposal}"));
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(null, true)]
    [InlineData(36, false)]
    public async Task A_de_selection_for_a_long_sentence_is_checked_against_the_term_on_record(int? months, bool noted)
    {
        await using var hub = await Ppo(1002);
        if (months is not null) await hub.Post(Sentence(1002, SentenceDisposal.Custody, months), Agency.Courts);
        await hub.Post(Deselected(ByPnc(1002)) with { Criterion = DeselectionCriterion.LongCustodialSentence }, Agency.Police);

        var ppoCase = await Case(hub);
        Assert.Equal("Deselected", ppoCase.CurrentState);
        Assert.Equal(noted, ppoCase.Timeline.Any(e => e.Summary.StartsWith("Check: de-selected for a long custodial sentence")));
    }
}
