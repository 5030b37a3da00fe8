using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Custody;

/// <summary>Marks a prison establishment code: three capital letters, e.g. <c>LEI</c> for HMP Leeds.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PrisonCodeAttribute : RegularExpressionAttribute
{
    /// <summary>Checks the establishment code format.</summary>
    public PrisonCodeAttribute() : base("^[A-Z]{3}$") => ErrorMessage = "must be a three-letter establishment code, e.g. LEI";
}
