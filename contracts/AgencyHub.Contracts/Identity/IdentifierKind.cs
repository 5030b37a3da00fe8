namespace AgencyHub.Contracts.Identity;

/// <summary>The kinds of identifier the hub matches people on.</summary>
public enum IdentifierKind
{
    /// <summary>Police National Computer ID.</summary>
    PncId,
    /// <summary>Criminal Records Office number.</summary>
    CroNumber,
    /// <summary>Prison (NOMIS) number.</summary>
    PrisonNumber,
    /// <summary>Probation case reference number.</summary>
    Crn,
}

/// <summary>Names of identifier kinds for messages and JSON paths.</summary>
public static class IdentifierKindNames
{
    /// <summary>The JSON field name, e.g. <c>pncId</c>.</summary>
    public static string FieldName(this IdentifierKind kind) => kind switch
    {
        IdentifierKind.PncId => "pncId",
        IdentifierKind.CroNumber => "croNumber",
        IdentifierKind.PrisonNumber => "prisonNumber",
        _ => "crn",
    };

    /// <summary>A human description, e.g. <c>PNC ID</c>.</summary>
    public static string Describe(this IdentifierKind kind) => kind switch
    {
        IdentifierKind.PncId => "PNC ID",
        IdentifierKind.CroNumber => "CRO number",
        IdentifierKind.PrisonNumber => "prison number",
        _ => "CRN",
    };
}
