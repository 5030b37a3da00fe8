using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Sharing;

namespace AgencyHub.Tests.Sharing;

public sealed class MinimisationTests
{
    static readonly JsonElement Charged = JsonDocument.Parse("""
        {"offender":{"pncId":"2004/0000001Z","crn":"X123456","dateOfBirth":"2009-01-01"},"caseUrn":"13YY1234567",
         "charges":[{"offenceCode":"TH68001","offenceDescription":"stole a bicycle"},{"offenceCode":"TH68010","offenceDescription":"handled it"}],
         "heldForCourt":true,"chargedAt":"2026-11-23T09:30:00+00:00"}
        """).RootElement;

    [Fact]
    public void Only_the_named_fields_remain_a_parent_whole_a_child_alone_and_each_list_item_alike()
    {
        var copy = Minimisation.Apply(Charged, ["offender.pncId", "charges.offenceCode", "chargedAt"]);

        Assert.Equal("""{"offender":{"pncId":"2004/0000001Z"},"charges":[{"offenceCode":"TH68001"},{"offenceCode":"TH68010"}],"chargedAt":"2026-11-23T09:30:00+00:00"}""",
            copy.GetRawText());
        Assert.Equal(Charged.GetProperty("offender").GetRawText(),
            Minimisation.Apply(Charged, ["offender.crn", "offender"]).GetProperty("offender").GetRawText());
    }

    [Fact]
    public void Contract_fields_reach_into_nested_records_and_list_items()
    {
        var fields = ContractFields.Of(MessageCatalogue.Find("offender-charged")!);

        Assert.Contains("offender.dateOfBirth", fields);
        Assert.Contains("charges.offenceCode", fields);
        Assert.DoesNotContain("charges.offenceCode.length", fields);
    }
}
