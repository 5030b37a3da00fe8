using MassTransit;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Messaging.Idempotency;

/// <summary>Skips a message whose id this endpoint has already processed (or is processing right now).</summary>
public sealed class DuplicateMessageFilter<T>(ProcessedMessages processed, ILogger<DuplicateMessageFilter<T>> logger)
    : IFilter<ConsumeContext<T>> where T : class
{
    /// <inheritdoc />
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.MessageId is not { } id)
        {
            await next.Send(context);
            return;
        }
        var endpoint = context.ReceiveContext.InputAddress;
        if (!processed.TryBegin(endpoint, id))
        {
            logger.LogInformation("Ignored {MessageType} {MessageId} on {Endpoint}: already processed", typeof(T).Name, id, endpoint);
            return;
        }
        try
        {
            await next.Send(context);
            processed.Complete(endpoint, id);
        }
        catch
        {
            processed.Abandon(endpoint, id);
            throw;
        }
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.CreateFilterScope("duplicateMessages");
}
