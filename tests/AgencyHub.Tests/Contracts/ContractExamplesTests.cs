using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Validation;
using AgencyHub.Tests.Support;

namespace AgencyHub.Tests.Contracts;

/// <summary>The examples other tests draw on: one for every contract, valid as of now and whole on the wire.</summary>
public class ContractExamplesTests
{
    static readonly OffenderIdentity Offender = Messages.ByPnc(1);

    public static TheoryData<string> Contracts => new(MessageCatalogue.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Every_contract_has_an_example_that_is_valid_now_and_about_the_offender_given(string name)
    {
        var contract = MessageCatalogue.Find(name)!;
        var example = ContractExamples.For(contract.Type, Offender, Messages.Now);

        Assert.IsType(contract.Type, example);
        var errors = ContractValidator.Validate(example, Messages.Now);
        Assert.True(errors.Count == 0, $"{contract.Type.Name}: {string.Join("; ", errors)}");
        if (example is IAboutOffender about)
            Assert.Equal(Offender, about.Offender);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Every_example_reads_back_from_its_json_as_the_same_json(string name)
    {
        var type = MessageCatalogue.Find(name)!.Type;
        var json = JsonSerializer.Serialize(ContractExamples.For(type, Offender, Messages.Now), type, ContractJson.Options);

        var read = JsonSerializer.Deserialize(json, type, ContractJson.Options);

        Assert.IsType(type, read);
        Assert.Equal(json, JsonSerializer.Serialize(read, type, ContractJson.Options));
    }

    [Fact]
    public void A_type_without_an_example_is_named_in_the_error() =>
        Assert.Contains(nameof(FieldError), Assert.Throws<ArgumentException>(() => ContractExamples.For(typeof(FieldError), Offender, Messages.Now)).Message);
}
