using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Sagas.Sharing;

namespace AgencyHub.Tests.Sharing;

/// <summary>The seed agreements against the domain's rules of lawful sharing.</summary>
public sealed class SeedAgreementTests
{
    static readonly IReadOnlyList<SeedAgreement> Seeds = AgreementSeeds.Read("seed-agreements.json");

    static IEnumerable<(SeedAgreement Seed, AgreementFlow Flow, MessageContractInfo Contract, RecipientTerms Recipient)> Routes() =>
        from seed in Seeds
        from flow in seed.Terms.Flows
        from type in flow.MessageTypes
        from recipient in flow.Recipients
        select (seed, flow, MessageCatalogue.Find(type)!, recipient);

    static bool AboutSomeone(MessageContractInfo contract) => typeof(IAboutOffender).IsAssignableFrom(contract.Type);

    [Fact]
    public void Every_seed_is_sound_once_dated_and_explained()
    {
        Assert.NotEmpty(Seeds);
        var today = new DateOnly(2026, 12, 1);
        foreach (var seed in Seeds)
        {
            Assert.Empty(AgreementRules.Problems(seed.Id, seed.Terms with { StartsOn = today, ReviewOn = today.AddYears(1) }));
            Assert.False(string.IsNullOrWhiteSpace(seed.Explanation));
        }
        Assert.Equal(Seeds.Count, Seeds.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void No_health_data_leaves_the_cjit_without_the_persons_consent()
    {
        var health = Routes().Where(r => r.Flow.Sender == Agency.Cjit).ToList();
        Assert.NotEmpty(health);
        Assert.All(health, r => Assert.Contains(PersonCondition.Consent, r.Flow.Conditions));
        Assert.All(Routes().Where(r => r.Flow.Conditions.Contains(PersonCondition.Consent)), r => Assert.Equal(Agency.Cjit, r.Flow.Sender));
    }

    [Fact]
    public void The_yot_receives_about_juveniles_only()
    {
        // Of the messages about a person: the hub's notices (held deliveries, agreement reviews) are about no one.
        var toYot = Routes().Where(r => r.Recipient.Agency == Agency.Yot && AboutSomeone(r.Contract)).ToList();
        Assert.NotEmpty(toYot);
        Assert.All(toYot, r => Assert.Contains(PersonCondition.UnderEighteen, r.Flow.Conditions));
    }

    [Fact]
    public void Custody_release_court_and_case_messages_about_people_who_are_not_ppos_stop_at_the_hub()
    {
        // Only the PPO flags themselves (which make or unmake a PPO), the review reminders (de-selected PPOs are reviewed
        // for re-selection) and the withdrawal of an alert may go without; the hub's notices are about no one.
        string[] unconditional = ["ppo-selected", "ppo-deselected", "ppo-moved-area", "ppo-review-due", "ppo-alert-withdrawn"];
        Assert.All(Routes().Where(r => AboutSomeone(r.Contract) && !unconditional.Contains(r.Contract.Name)),
            r => Assert.Contains(PersonCondition.CurrentPpo, r.Flow.Conditions));
    }

    [Fact]
    public void Each_recipient_gets_the_minimum_the_domain_allows()
    {
        string[] FieldsOf(string type, Agency recipient) =>
            Routes().Where(r => r.Contract.Name == type && r.Recipient.Agency == recipient).SelectMany(r => r.Recipient.Fields).ToArray();

        Assert.DoesNotContain("substances", FieldsOf("drug-test-result", Agency.Prison));
        Assert.Contains("substances", FieldsOf("drug-test-result", Agency.Probation));
        Assert.DoesNotContain("selectionReason", FieldsOf("ppo-selected", Agency.Cps));
        Assert.DoesNotContain("selectionReason", FieldsOf("ppo-selected", Agency.Courts));
        Assert.DoesNotContain("onLicence", FieldsOf("offender-released", Agency.Cjit));
        // Nothing goes anywhere the contract does not name as a recipient.
        Assert.All(Routes(), r => Assert.Contains(r.Recipient.Agency, r.Contract.Recipients));
    }

    [Fact]
    public void Every_seed_rests_on_a_stated_law()
    {
        Assert.All(Seeds, s => Assert.Matches("s115 Crime and Disorder Act 1998|consent", s.Terms.LegalBasis));
    }
}
