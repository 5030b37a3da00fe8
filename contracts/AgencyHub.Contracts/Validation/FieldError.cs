namespace AgencyHub.Contracts.Validation;

/// <summary>A problem with one field of a message; <see cref="Field"/> is its JSON path, e.g. <c>offender.pncId</c>.</summary>
public sealed record FieldError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
