using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Validation;
using MassTransit;

namespace AgencyHub.Messaging.Validation;

/// <summary>
/// Checks every contract message a consumer receives, so a malformed message that bypassed an adapter fails
/// alone, in the error queue, rather than inside a consumer.
/// </summary>
public sealed class ContractValidationFilter<T> : IFilter<ConsumeContext<T>> where T : class
{
    static readonly bool IsContract = typeof(T).IsDefined(typeof(MessageContractAttribute), inherit: false);

    /// <inheritdoc />
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (IsContract && ContractValidator.Validate(context.Message) is { Count: > 0 } errors)
            throw new ContractViolationException(typeof(T).Name, errors);
        return next.Send(context);
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.CreateFilterScope("contractValidation");
}
