using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Identity;

/// <summary>
/// The identifiers that join one person's records across agencies. At least one is required. The hub matches
/// people only on whole identifiers and never on a partial or conflicting set (see README, "Identity matching").
/// The date of birth is not an identifier: it never matches a person, but it tells the hub whether the person is a
/// juvenile, which decides what the Youth Offending Team receives. Every field is personal data.
/// </summary>
public sealed record OffenderIdentity : IValidatableObject
{
    /// <summary>Police National Computer ID, e.g. <c>2004/0123456B</c>.</summary>
    public string? PncId { get; init; }

    /// <summary>Criminal Records Office number, e.g. <c>123456/04X</c>.</summary>
    public string? CroNumber { get; init; }

    /// <summary>Prison (NOMIS) number, e.g. <c>A1234BC</c>.</summary>
    public string? PrisonNumber { get; init; }

    /// <summary>Probation case reference number, e.g. <c>X123456</c>.</summary>
    public string? Crn { get; init; }

    /// <summary>The person's date of birth, when the sender knows it.</summary>
    [DateOfBirth]
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The identifiers present, by kind, in canonical form. Call only on a validated identity.</summary>
    public IEnumerable<(IdentifierKind Kind, string Value)> Identifiers()
    {
        foreach (var (kind, raw, parse) in Fields())
            if (raw is not null && parse(raw).Canonical is { } canonical)
                yield return (kind, canonical);
    }

    /// <summary>The same identity with every identifier in canonical form.</summary>
    public OffenderIdentity Normalised()
    {
        var ids = Identifiers().ToDictionary(i => i.Kind, i => i.Value);
        return new OffenderIdentity
        {
            PncId = ids.GetValueOrDefault(IdentifierKind.PncId),
            CroNumber = ids.GetValueOrDefault(IdentifierKind.CroNumber),
            PrisonNumber = ids.GetValueOrDefault(IdentifierKind.PrisonNumber),
            Crn = ids.GetValueOrDefault(IdentifierKind.Crn),
            DateOfBirth = DateOfBirth,
        };
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var any = false;
        foreach (var (kind, raw, parse) in Fields())
        {
            if (raw is null) continue;
            any = true;
            if (parse(raw).Error is { } error)
                yield return new ValidationResult($"'{raw}' is not a valid {kind.Describe()}: {error}", [kind.FieldName()]);
        }
        if (!any)
            yield return new ValidationResult(
                "at least one identifier is required: pncId, croNumber, prisonNumber or crn", [""]);
    }

    IEnumerable<(IdentifierKind, string?, Func<string, IdentifierResult>)> Fields() =>
    [
        (IdentifierKind.PncId, PncId, Identity.PncId.Parse),
        (IdentifierKind.CroNumber, CroNumber, Identity.CroNumber.Parse),
        (IdentifierKind.PrisonNumber, PrisonNumber, Identity.PrisonNumber.Parse),
        (IdentifierKind.Crn, Crn, CaseReferenceNumber.Parse),
    ];
}
