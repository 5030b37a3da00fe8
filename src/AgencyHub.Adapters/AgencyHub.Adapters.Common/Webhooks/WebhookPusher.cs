using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgencyHub.Adapters.Common.Feeds;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence.Feeds;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Webhooks;

/// <summary>
/// Pushes an agency's feed to its webhook, one item at a time and in order; a 2xx answer acknowledges the item.
/// A failure is retried with doubling back-off, indefinitely while the agency's system is down, so nothing is lost;
/// the pull feed keeps working meanwhile and shares the same acknowledged cursor. A delivery the system keeps refusing
/// (<see cref="WebhookOptions.ParkAfterRefusals"/>) is parked among the failed messages, then acknowledged, so the
/// deliveries after it go on; an operator's replay sends it through the hub's gate again, under a new delivery id.
/// </summary>
public sealed class WebhookPusher(AgencyFeed feed, WebhookOptions options, HttpClient http, FailedMessageStore failures, TimeProvider clock,
    ILogger<WebhookPusher> logger) : BackgroundService
{
    /// <summary>Request header carrying the delivery id, so the receiver can recognise a repeat.</summary>
    public const string DeliveryIdHeader = "X-Delivery-Id";

    static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(options.InitialRetryDelay, options.MaxRetryDelay, clock);
        var refusals = (Delivery: Guid.Empty, Count: 0);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var page = await feed.Read(after: null, limit: 1, reader: null, stoppingToken);
                if (page.Items.Count == 0)
                {
                    await feed.WaitForItemsAfter(null, IdleWait, clock, stoppingToken);
                    continue;
                }
                var item = page.Items[0];
                var status = await TryPush(item, stoppingToken);
                if (status is { } answered && (int)answered is >= 200 and < 300)
                {
                    await Acknowledge(item, stoppingToken);
                    backoff.Reset();
                    continue;
                }
                if (status is { } refused && !Unavailable(refused))
                {
                    refusals = (item.DeliveryId, refusals.Delivery == item.DeliveryId ? refusals.Count + 1 : 1);
                    if (refusals.Count >= options.ParkAfterRefusals)
                    {
                        await Park(item, refused, refusals.Count, stoppingToken);
                        await Acknowledge(item, stoppingToken);
                        backoff.Reset();
                        continue;
                    }
                }
            }
            catch (Exception exception) when (DatabaseFailure.Is(exception))
            {
                // The feed's database is unreachable: try again later, as for an agency that does not answer.
                logger.LogWarning("Webhook for {Agency} cannot use its feed: {Error}; will retry", feed.Agency, exception.Message);
            }
            await backoff.Wait(stoppingToken);
        }
    }

    Task<AcknowledgeOutcome> Acknowledge(FeedItem item, CancellationToken cancellationToken) =>
        feed.Acknowledge(long.Parse(item.Cursor), $"webhook {options.Url!.Host}", cancellationToken);

    // Recorded before the acknowledgement: a crash between them pushes the delivery again, and it is counted once more.
    async Task Park(FeedItem item, HttpStatusCode status, int times, CancellationToken cancellationToken)
    {
        logger.LogError("Webhook for {Agency} refused delivery {DeliveryId} ({MessageType}) {Times} times, last with {Status}; parked for an operator",
            feed.Agency, item.DeliveryId, item.MessageType, times, (int)status);
        var delivery = new AgencyDelivery
        {
            DeliveryId = item.DeliveryId, Sender = item.Sender, Recipient = feed.Agency, MessageType = item.MessageType, Version = item.Version,
            Purpose = item.Purpose, Agreement = "", SourceMessageId = item.SourceMessageId, DeliveredAt = item.DeliveredAt, Payload = item.Payload,
            PersonReference = MessageCatalogue.Find(item.MessageType) is { } contract ? PersonReference.In(item.Payload, contract.Type) : null,
        };
        await failures.Record(new FailedMessage
        {
            Agency = feed.Agency.Slug(), Source = FailureSource.Webhook, Endpoint = $"{feed.Agency.Slug()} webhook", MessageId = item.DeliveryId,
            MessageType = item.MessageType, Sender = item.Sender.Slug(), Cause = "webhook-refused",
            Reason = $"{options.Url!.Host} answered {(int)status} {status} {times} times in a row", PersonReference = delivery.PersonReference,
            ContentType = "application/json", Body = JsonSerializer.Serialize(delivery, ContractJson.Options), LastFailedAt = clock.GetUtcNow(),
        }, alreadyApplied: false, cancellationToken);
    }

    // 408, 429 and the gateway statuses say the system is away, not that it refuses this delivery.
    static bool Unavailable(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    // The answer's status, or null when there was none (refused connection, timeout).
    async Task<HttpStatusCode?> TryPush(FeedItem item, CancellationToken stoppingToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, options.Url)
            {
                Content = JsonContent.Create(item, options: ContractJson.Options),
            };
            request.Headers.Add(DeliveryIdHeader, item.DeliveryId.ToString());
            using var response = await http.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
                logger.LogWarning("Webhook for {Agency} answered {Status} to delivery {DeliveryId}; will retry",
                    feed.Agency, (int)response.StatusCode, item.DeliveryId);
            return response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Webhook for {Agency} failed for delivery {DeliveryId}: {Error}; will retry",
                feed.Agency, item.DeliveryId, exception.Message);
            return null;
        }
    }
}
