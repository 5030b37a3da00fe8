using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Validation;

namespace AgencyHub.Tests.Contracts;

public class ContractValidatorTests
{
    static ReceptionIntoCustody Reception(OffenderIdentity offender, string prisonCode = "LEI") => new()
    {
        Offender = offender,
        PrisonCode = prisonCode,
        Reason = ReceptionReason.Remand,
        ReceivedAt = DateTimeOffset.Parse("2026-11-23T09:30:00Z"),
    };

    [Fact]
    public void A_valid_message_has_no_errors() =>
        Assert.Empty(ContractValidator.Validate(Reception(new OffenderIdentity { PrisonNumber = "A1234BC" })));

    [Fact]
    public void An_identity_without_any_identifier_is_refused_on_the_offender_field()
    {
        var error = Assert.Single(ContractValidator.Validate(Reception(new OffenderIdentity())));
        Assert.Equal("offender", error.Field);
        Assert.Contains("at least one identifier", error.Message);
    }

    [Fact]
    public void A_bad_identifier_is_named_by_its_json_path()
    {
        var error = Assert.Single(ContractValidator.Validate(Reception(new OffenderIdentity { PncId = "2004/0123456X" })));
        Assert.Equal("offender.pncId", error.Field);
    }

    [Fact]
    public void Annotations_undefined_enums_blanks_and_missing_dates_are_all_reported()
    {
        var message = Reception(new OffenderIdentity { Crn = "X123456" }, prisonCode: "leeds") with
        {
            Reason = (ReceptionReason)42,
            ReceivedAt = default,
        };
        var fields = ContractValidator.Validate(message).Select(e => e.Field).Order().ToArray();
        Assert.Equal(["prisonCode", "reason", "receivedAt"], fields);
        Assert.Contains(ContractValidator.Validate(message with { PrisonCode = "  " }), e => e is { Field: "prisonCode", Message: "must not be blank" });
    }
}
