using AgencyHub.Contracts.Identity;

namespace AgencyHub.Tests.Identity;

public class IdentifierTests
{
    [Theory]
    [InlineData("2004/0123456B", "2004/0123456B")]
    [InlineData(" 2004/123456b ", "2004/0123456B")]
    [InlineData("1999/1G", "1999/0000001G")]
    public void Pnc_ids_with_the_right_check_character_are_accepted_in_canonical_form(string raw, string canonical) =>
        Assert.Equal(canonical, PncId.Parse(raw).Canonical);

    [Theory]
    [InlineData("2004/0123456X", "check character")]
    [InlineData("04/0123456B", "must look like")]
    [InlineData("2004/01234567B", "must look like")]
    [InlineData("2004-0123456B", "must look like")]
    [InlineData("2004/0123456", "must look like")]
    public void Malformed_pnc_ids_are_refused_with_the_reason(string raw, string reason) =>
        Assert.Contains(reason, PncId.Parse(raw).Error);

    [Fact]
    public void The_pnc_check_character_is_the_year_and_serial_modulo_23()
    {
        // 04 0123456 = 40123456 = 23 * 1744498 + 2, and the alphabet starts Z, A, B.
        Assert.Equal('B', PncId.CheckCharacter("2004", "0123456"));
        Assert.Equal('Z', PncId.CheckCharacter("2000", "0000023"));
    }

    [Theory]
    [InlineData("123456/04X", "123456/04X")]
    [InlineData("45/99a", "000045/99A")]
    [InlineData("sf04/123456x", "SF04/123456X")]
    public void Cro_numbers_in_either_form_are_accepted(string raw, string canonical) =>
        Assert.Equal(canonical, CroNumber.Parse(raw).Canonical);

    [Theory]
    [InlineData("1234567/04X")]
    [InlineData("123456/2004X")]
    [InlineData("123456/04")]
    public void Malformed_cro_numbers_are_refused(string raw) => Assert.False(CroNumber.Parse(raw).IsValid);

    [Theory]
    [InlineData("a1234bc", true)]
    [InlineData("A1234B", false)]
    [InlineData("11234BC", false)]
    public void Prison_numbers_are_a_letter_four_digits_and_two_letters(string raw, bool valid) =>
        Assert.Equal(valid, PrisonNumber.Parse(raw).IsValid);

    [Theory]
    [InlineData("X123456", true)]
    [InlineData("x123456", true)]
    [InlineData("X12345", false)]
    [InlineData("XX23456", false)]
    public void Crns_are_a_letter_and_six_digits(string raw, bool valid) =>
        Assert.Equal(valid, CaseReferenceNumber.Parse(raw).IsValid);

    [Fact]
    public void An_identity_lists_its_identifiers_in_canonical_form()
    {
        var identity = new OffenderIdentity { PncId = "2004/123456b", PrisonNumber = "a1234bc" };
        Assert.Equal(
            [(IdentifierKind.PncId, "2004/0123456B"), (IdentifierKind.PrisonNumber, "A1234BC")],
            identity.Identifiers().ToArray());
    }
}
