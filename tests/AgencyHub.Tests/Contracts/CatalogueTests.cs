using System.Reflection;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Tests.Support;

namespace AgencyHub.Tests.Contracts;

public class CatalogueTests
{
    [Fact]
    public void The_published_catalogue_file_matches_the_code() =>
        RepositoryFiles.AssertGenerated("contracts/catalogue.json", CatalogueDocument.Generate(), nameof(The_published_catalogue_file_matches_the_code));

    [Fact]
    public void Every_agency_row_of_the_domain_has_messages_to_send_and_receive()
    {
        foreach (var agency in AgencyNames.Partners)
        {
            Assert.NotEmpty(MessageCatalogue.SentBy(agency));
            Assert.Contains(MessageCatalogue.All, c => c.Recipients.Contains(agency));
        }
    }

    [Fact]
    public void Every_contract_declares_a_sender_and_a_purpose_and_marks_identities_as_personal_data()
    {
        foreach (var contract in MessageCatalogue.All)
        {
            Assert.NotEmpty(contract.Senders);
            Assert.False(string.IsNullOrWhiteSpace(contract.Purpose), contract.Name);
            foreach (var property in contract.Type.GetProperties().Where(p => p.PropertyType == typeof(OffenderIdentity)))
                Assert.True(property.IsDefined(typeof(PersonalDataAttribute)), $"{contract.Name}.{property.Name} must be [PersonalData]");
        }
    }

    [Fact]
    public void The_catalogue_marks_personal_data_and_field_limits_in_the_schemas()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(CatalogueDocument.Generate())!;
        var selected = document["messages"]!.AsArray().Single(m => (string?)m!["name"] == "ppo-selected")!;
        Assert.Equal(["police"], selected["senders"]!.AsArray().Select(s => s!.GetValue<string>()).ToArray());
        Assert.True((bool?)selected["schema"]!["properties"]!["offender"]!["x-personal-data"]);
        Assert.Null(selected["schema"]!["properties"]!["selectedAt"]!["x-personal-data"]);
        Assert.Equal(1000, (int?)selected["schema"]!["properties"]!["selectionReason"]!["maxLength"]);
        var reception = document["messages"]!.AsArray().Single(m => (string?)m!["name"] == "reception-into-custody")!;
        Assert.Equal("^[A-Z]{3}$", (string?)reception["schema"]!["properties"]!["prisonCode"]!["pattern"]);
    }

    [Fact]
    public void The_catalogue_gives_the_identifier_patterns_the_rule_of_at_least_one_identifier_and_instants_with_offsets()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(CatalogueDocument.Generate())!;
        var selected = document["messages"]!.AsArray().Single(m => (string?)m!["name"] == "ppo-selected")!["schema"]!["properties"]!;
        var offender = selected["offender"]!;

        Assert.Equal(PncId.SchemaPattern, (string?)offender["properties"]!["pncId"]!["pattern"]);
        Assert.Matches(PncId.SchemaPattern, "2004/0123456B");
        Assert.Matches(CroNumber.SchemaPattern, "SF04/123456X");
        Assert.Matches(PrisonNumber.SchemaPattern, "a1234bc");
        Assert.Matches(CaseReferenceNumber.SchemaPattern, "X123456");
        Assert.Equal(["pncId", "croNumber", "prisonNumber", "crn"],
            offender["anyOf"]!.AsArray().Select(rule => (string)rule!["required"]![0]!).ToArray());
        Assert.Equal(("string", "date-time"), ((string?)selected["selectedAt"]!["type"], (string?)selected["selectedAt"]!["format"]));
    }
}
