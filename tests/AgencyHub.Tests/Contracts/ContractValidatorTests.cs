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

    [Fact]
    public void A_release_date_before_the_day_it_was_set_or_before_the_reception_is_refused_on_the_release_date()
    {
        var set = new ReleaseDateSet
        {
            Offender = new OffenderIdentity { PrisonNumber = "A1234BC" },
            PrisonCode = "LEI",
            ReceivedAt = DateTimeOffset.Parse("2026-11-23T09:30:00Z"),
            ReleaseDate = new DateOnly(2027, 2, 15),
            SetAt = DateTimeOffset.Parse("2026-12-01T00:30:00+01:00"),
        };
        Assert.Empty(ContractValidator.Validate(set));
        Assert.Empty(ContractValidator.Validate(set with { ReleaseDate = new DateOnly(2026, 12, 1) }));

        var past = Assert.Single(ContractValidator.Validate(set with { ReleaseDate = new DateOnly(2026, 11, 30) }));
        Assert.Equal(("releaseDate", "must not be before the day it was recorded (setAt is 2026-12-01)"), (past.Field, past.Message));
        var beforeReception = ContractValidator.Validate(set with { ReleaseDate = new DateOnly(2026, 11, 1), SetAt = DateTimeOffset.Parse("2026-10-01T09:00:00Z") });
        Assert.Equal("must not be before the reception into custody (receivedAt is 2026-11-23)", Assert.Single(beforeReception).Message);
    }

    [Fact]
    public void A_changed_release_date_in_the_past_is_refused_on_the_new_release_date()
    {
        var changed = new ReleaseDateChanged
        {
            Offender = new OffenderIdentity { PrisonNumber = "A1234BC" },
            PrisonCode = "LEI",
            PreviousReleaseDate = new DateOnly(2027, 2, 15),
            NewReleaseDate = new DateOnly(2026, 11, 1),
            Reason = ReleaseDateChangeReason.AppealOutcome,
            ChangedAt = DateTimeOffset.Parse("2026-12-01T10:00:00Z"),
        };
        Assert.Equal("newReleaseDate", Assert.Single(ContractValidator.Validate(changed)).Field);
    }
}
