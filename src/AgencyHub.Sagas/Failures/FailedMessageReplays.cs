using AgencyHub.Persistence.Failures;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Failures;

/// <summary>
/// Looks every <see cref="PollInterval"/> for replays operators asked for (over the admin API or the <c>failed</c>
/// command, which need no bus) of messages the hub replays, and sends each to <see cref="FailedMessageReplay"/>. One
/// still asked for after <see cref="ResendAfter"/> (its request lost with a host) is sent again: the replay takes
/// effect once whatever the number of requests.
/// </summary>
public sealed class FailedMessageReplays(FailedMessageStore store, IBus bus, TimeProvider clock, ILogger<FailedMessageReplays> logger)
    : BackgroundService
{
    /// <summary>How often it looks.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long a request sent stays unanswered before it is sent again.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(5);

    static readonly FailureSource[] Replayed = [FailureSource.Queue, FailureSource.Webhook];

    readonly Dictionary<Guid, DateTimeOffset> _sent = [];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendRequested(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not send the replays asked for; will look again in {Delay}", PollInterval);
            }
            await Task.Delay(PollInterval, stoppingToken);
        }
    }

    async Task SendRequested(CancellationToken cancellationToken)
    {
        var requested = await store.ReplaysRequested(Replayed, limit: 100, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var gone in _sent.Keys.Except(requested.Select(f => f.Id)).ToList()) _sent.Remove(gone);
        var endpoint = await bus.GetSendEndpoint(FailedMessageReplay.Address);
        foreach (var failure in requested.Where(f => !_sent.TryGetValue(f.Id, out var at) || now - at >= ResendAfter))
        {
            await endpoint.Send(new ReplayFailedMessage(failure.Id), cancellationToken);
            _sent[failure.Id] = now;
        }
    }
}
