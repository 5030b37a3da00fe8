using AgencyHub.Contracts.Validation;

namespace AgencyHub.Messaging.Validation;

/// <summary>A message on the bus that breaks its contract. It is moved to the error queue without retries.</summary>
public sealed class ContractViolationException(string messageType, IReadOnlyList<FieldError> errors)
    : PermanentMessageFailure($"{messageType} breaks its contract: {string.Join("; ", errors)}")
{
    /// <summary>What is wrong, field by field.</summary>
    public IReadOnlyList<FieldError> Errors { get; } = errors;
}
