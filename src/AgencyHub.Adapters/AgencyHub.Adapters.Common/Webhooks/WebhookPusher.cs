using System.Net.Http.Json;
using AgencyHub.Adapters.Common.Feeds;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Persistence.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Webhooks;

/// <summary>
/// Pushes an agency's feed to its webhook, one item at a time and in order; a 2xx answer acknowledges the item.
/// A failure is retried with doubling back-off, indefinitely, so nothing is lost while the agency's system is down;
/// the pull feed keeps working meanwhile and shares the same acknowledged cursor.
/// </summary>
public sealed class WebhookPusher(AgencyFeed feed, WebhookOptions options, HttpClient http, TimeProvider clock, ILogger<WebhookPusher> logger)
    : BackgroundService
{
    /// <summary>Request header carrying the delivery id, so the receiver can recognise a repeat.</summary>
    public const string DeliveryIdHeader = "X-Delivery-Id";

    static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(options.InitialRetryDelay, options.MaxRetryDelay, clock);
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
                if (await TryPush(item, stoppingToken))
                {
                    await feed.Acknowledge(long.Parse(item.Cursor), $"webhook {options.Url!.Host}", stoppingToken);
                    backoff.Reset();
                    continue;
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

    async Task<bool> TryPush(FeedItem item, CancellationToken stoppingToken)
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
            if (response.IsSuccessStatusCode) return true;
            logger.LogWarning("Webhook for {Agency} answered {Status} to delivery {DeliveryId}; will retry",
                feed.Agency, (int)response.StatusCode, item.DeliveryId);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Webhook for {Agency} failed for delivery {DeliveryId}: {Error}; will retry",
                feed.Agency, item.DeliveryId, exception.Message);
        }
        return false;
    }
}
