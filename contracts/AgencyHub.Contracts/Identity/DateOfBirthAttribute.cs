using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Identity;

/// <summary>
/// A date of birth an offender can have: not before 1900, and at least ten years ago, the age of criminal
/// responsibility in England and Wales (s50 Children and Young Persons Act 1933).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DateOfBirthAttribute : ValidationAttribute
{
    static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <inheritdoc />
    public override bool IsValid(object? value) =>
        value is not DateOnly date || (date >= Earliest && date <= DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10));

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        "must be a date from 1900-01-01 to ten years ago (the age of criminal responsibility is 10)";
}
