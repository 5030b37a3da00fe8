using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Sharing;

namespace AgencyHub.Tests.Sharing;

public sealed class AgreementRulesTests
{
    static readonly DateOnly Today = new(2026, 12, 1);

    static AgreementTerms Terms(params AgreementFlow[] flows) => new()
    {
        Title = "Custody information",
        Parties = [Agency.Prison, Agency.Probation],
        LegalBasis = "s115 Crime and Disorder Act 1998",
        Purposes = ["offender-management"],
        Flows = flows,
        StartsOn = Today,
        ReviewOn = Today.AddYears(1),
    };

    static AgreementFlow Receptions(params string[] fields) => new()
    {
        Sender = Agency.Prison,
        MessageTypes = ["reception-into-custody"],
        Conditions = [PersonCondition.CurrentPpo],
        Recipients = [new RecipientTerms { Agency = Agency.Probation, Fields = fields }],
    };

    static Agreement Active(AgreementTerms terms) => new("custody", 1, AgreementStatus.Active, null, terms, DateTimeOffset.UnixEpoch, "admin");

    [Fact]
    public void Sound_terms_have_no_problems()
    {
        Assert.Empty(AgreementRules.Problems("custody", Terms(Receptions("offender", "offender.pncId", "prisonCode"))));
    }

    [Fact]
    public void Each_problem_is_named_by_its_field()
    {
        var terms = Terms(
            Receptions("offender", "cellNumber"),
            new AgreementFlow
            {
                Sender = Agency.Police, MessageTypes = ["ppo-selected", "no-such-message"],
                Recipients = [new RecipientTerms { Agency = Agency.Cjit, Fields = [] }],
            }) with { ReviewOn = Today };

        var problems = AgreementRules.Problems("Custody!", terms).Select(p => p.Field).ToList();

        Assert.Equal(["id", "reviewOn", "flows[0].recipients[0].fields[1]", "flows[1].sender", "flows[1].messageTypes[0]",
            "flows[1].messageTypes[1]", "flows[1].recipients[0].agency", "flows[1].recipients[0].fields"], problems);
    }

    [Fact]
    public void A_recipient_the_contract_does_not_name_is_refused()
    {
        var terms = Terms(Receptions("offender")) with { Parties = [Agency.Prison, Agency.Probation, Agency.Police] };
        var flow = terms.Flows[0] with { Recipients = [new RecipientTerms { Agency = Agency.Police, Fields = ["offender"] }] };

        var problem = Assert.Single(AgreementRules.Problems("custody", terms with { Flows = [flow] }));

        Assert.Equal("flows[0].recipients[0].agency", problem.Field);
        Assert.Contains("reception-into-custody is not a message police may receive", problem.Message);
    }

    [Fact]
    public void The_book_covers_only_agreements_in_force_and_says_why_one_is_not()
    {
        var reception = MessageCatalogue.Find("reception-into-custody")!;
        var terms = Terms(Receptions("offender"));
        var book = (Agreement agreement) => new AgreementBook([agreement]).Cover(Agency.Prison, Agency.Probation, reception, Today.AddDays(1));

        Assert.Single(book(Active(terms)).InForce);
        Assert.Contains("is a draft", book(Active(terms) with { Status = AgreementStatus.Draft }).Refusal);
        Assert.Contains("is suspended (partners reviewing)",
            book(Active(terms) with { Status = AgreementStatus.Suspended, StatusReason = "partners reviewing" }).Refusal);
        Assert.Contains("reached its review date", book(Active(terms with { ReviewOn = Today.AddDays(1) })).Refusal);
        Assert.Equal("custody@1", book(Active(terms) with { Status = AgreementStatus.Expired }).NearestAgreement);
        var none = new AgreementBook([Active(terms)]).Cover(Agency.Prison, Agency.Probation, MessageCatalogue.Find("prison-transfer")!, Today);
        Assert.Equal((null, "no agreement lets prison send prison-transfer to probation"), (none.NearestAgreement, none.Refusal));
    }

    [Fact]
    public void Each_change_makes_a_new_version_and_an_expired_agreement_changes_no_more()
    {
        var now = DateTimeOffset.Parse("2026-12-01T10:00Z");
        var draft = AgreementLifecycle.Draft("custody", Terms(Receptions("offender")), "admin", now);
        var (active, _) = AgreementLifecycle.Apply(draft, AgreementChange.Activated, draft.Terms, null, "admin", now, Today);
        Assert.Equal((2, AgreementStatus.Active), (active!.Version, active.Status));

        var (_, refusal) = AgreementLifecycle.Apply(active, AgreementChange.Renewed, active.Terms, null, "admin", now, Today);
        Assert.Contains("after the current one", refusal);
        var (suspended, _) = AgreementLifecycle.Apply(active, AgreementChange.Suspended, active.Terms, "breach reported", "admin", now, Today);
        Assert.Equal((3, AgreementStatus.Suspended, "breach reported"), (suspended!.Version, suspended.Status, suspended.StatusReason));
        var (renewed, _) = AgreementLifecycle.Apply(suspended, AgreementChange.Renewed, suspended.Terms with { ReviewOn = Today.AddYears(2) },
            "reviewed", "admin", now, Today);
        Assert.Equal(AgreementStatus.Active, renewed!.Status);

        var (expired, _) = AgreementLifecycle.Apply(renewed, AgreementChange.Expired, renewed.Terms, "replaced", "admin", now, Today);
        Assert.Contains("has expired", AgreementLifecycle.Apply(expired!, AgreementChange.Activated, expired!.Terms, null, "admin", now, Today).Refusal);
    }
}
