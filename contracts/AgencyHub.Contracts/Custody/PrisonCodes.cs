namespace AgencyHub.Contracts.Custody;

/// <summary>The format of prison establishment codes, e.g. <c>LEI</c> for HMP Leeds.</summary>
public static class PrisonCodes
{
    /// <summary>Three capital letters.</summary>
    public const string Pattern = "^[A-Z]{3}$";
}
