using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Telemetry;

/// <summary>
/// One trace follows a message from the agency's post, through the relay's publish, the hub's intake and its
/// deliveries, to the recipients' feeds: the trace context an agency system sends (W3C <c>traceparent</c>) is kept
/// with the accepted message, so the relay's later publish continues it.
/// </summary>
public sealed class JourneyTraceTests : IAsyncLifetime
{
    readonly ConcurrentQueue<Activity> _spans = new();
    readonly ActivityListener _listener;
    AllInOneClient _hub = null!;

    public JourneyTraceTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "AgencyHub" or "MassTransit" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _listener.Dispose();
    }

    [Fact]
    public async Task A_reception_s_post_its_publish_the_hub_s_intake_and_the_prison_feed_s_alert_are_one_trace()
    {
        var offender = ByPnc(801);
        await _hub.Post(Agency.Police, "ppo-selected", Selected(offender));
        // Taken in first: a reception ahead of it would find no PPO, and probation would get no copy of it.
        await Poll.Until(async () => await _hub.Query(db => db.Cases.AnyAsync(c => c.PncId == offender.PncId)), () => "the PPO case to open");
        var trace = ActivityTraceId.CreateRandom();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/agencies/prison/messages/reception-into-custody")
        {
            Content = new StringContent(JsonSerializer.Serialize(Reception(offender), ContractJson.Options), Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var answer = await _hub.Http.SendAsync(post);
        await _hub.WaitForItem(Agency.Prison, "ppo-reception-alert");
        await Poll.Until(() => Spans(trace).Count(s => s.DisplayName is "prison-deliveries process" or "probation-deliveries process") == 2,
            () => $"the prison's and probation's feeds' consumes in the trace: {string.Join(", ", Spans(trace).Select(s => $"{s.Source.Name}:{s.DisplayName}"))}");

        Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        var names = Spans(trace).Select(s => s.DisplayName).ToList();
        Assert.Contains("Microsoft.AspNetCore.Hosting.HttpRequestIn", names);
        Assert.Contains("relay", names);
        Assert.Contains("hub-intake process", names);
        // And the reception's copies for the prison and probation, each through its own feed.
        Assert.Contains("prison-deliveries process", names);
        Assert.Contains("probation-deliveries process", names);
    }

    List<Activity> Spans(ActivityTraceId trace) => [.. _spans.Where(s => s.TraceId == trace)];
}
