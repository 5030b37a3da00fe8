using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Failures;
using AgencyHub.Tests.Support;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Failures;

/// <summary>
/// Messages that failed on a queue reach the failed-message store, grouped by cause; an operator opens one only with a
/// justification, replays it (applied once, however often asked and however long after) or discards it with a reason.
/// </summary>
public sealed class FailedMessageTests : IAsyncLifetime
{
    AllInOneClient _hub = null!;

    public async Task InitializeAsync() => _hub = await AllInOneClient.Start();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task A_message_breaking_its_contract_is_listed_by_cause_without_its_body_which_opens_only_with_a_justification()
    {
        await Publish(Reception(ByPnc(80), prison: "leeds"), Agency.Prison);

        var group = (await WaitForFailures(1))[0]!;
        Assert.Equal(("reception-into-custody", "hub-intake", 1), ((string?)group["messageType"], (string?)group["endpoint"], (int)group["count"]!));
        Assert.EndsWith("ContractViolationException", (string)group["cause"]!);
        var failure = group["messages"]![0]!;
        Assert.Equal(("failed", "prison", "pnc:" + Pnc(80)), ((string?)failure["status"], (string?)failure["sender"], (string?)failure["personReference"]));
        Assert.Contains("prisonCode", (string)failure["reason"]!);
        Assert.Null(failure["body"]);
        var id = (Guid)failure["id"]!;

        var noReason = await _hub.Http.PostAsJsonAsync($"/admin/failed-messages/{id}/open", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("justification", await noReason.Content.ReadAsStringAsync());
        var opened = await _hub.Http.PostAsJsonAsync($"/admin/failed-messages/{id}/open", new { justification = "prison asks why, ticket 5120" });
        Assert.Contains("leeds", (string)(await opened.Content.ReadFromJsonAsync<JsonObject>())!["body"]!);
        var audit = Assert.Single(await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.BodyOpened).ToListAsync()));
        Assert.Equal(("prison asks why, ticket 5120", "pnc:" + Pnc(80)), (audit.Justification, audit.PersonReference));

        var bogus = await _hub.Http.GetAsync("/admin/failed-messages?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        Assert.Contains("status", await bogus.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_discarded_message_records_who_and_why_and_can_no_longer_be_replayed()
    {
        await Publish(Reception(ByPnc(81), prison: "leeds"), Agency.Prison);
        var id = (Guid)(await WaitForFailures(1))[0]!["messages"]![0]!["id"]!;

        var discarded = await _hub.Http.PostAsJsonAsync($"/admin/failed-messages/{id}/discard", new { justification = "prison re-sent it corrected" });
        Assert.Equal(HttpStatusCode.OK, discarded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Replay(id, "too late")).StatusCode);
        Assert.Empty(await Failures("failed"));
        var listed = (await Failures("discarded"))[0]!["messages"]![0]!;
        Assert.Equal(("prison re-sent it corrected", "development key (all-in-one host)"), ((string?)listed["resolution"], (string?)listed["resolvedBy"]));
        Assert.Single(await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.FailedMessageDiscarded && e.Justification == "prison re-sent it corrected").ToListAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await Replay(Guid.NewGuid(), "no such message")).StatusCode);
    }

    [Fact]
    public async Task A_replayed_message_is_applied_once_and_cannot_be_replayed_again_after_the_inbox_has_forgotten_it()
    {
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(82)));
        await Poll.Until(() => _hub.Query(db => db.Cases.AnyAsync()), () => "the PPO case");
        // As the broker leaves a message handed out more often than its queue's delivery limit allows.
        await SendToErrorQueue(Reception(ByPnc(82)) with { ReceivedAt = DateTimeOffset.UtcNow }, Agency.Prison);
        var id = (Guid)(await WaitForFailures(1))[0]!["messages"]![0]!["id"]!;

        Assert.Equal(HttpStatusCode.Accepted, (await Replay(id, "database back after the fail-over")).StatusCode);
        await _hub.WaitForItem(Agency.Prison, "ppo-reception-alert");
        await Poll.Until(async () => (await Status(id)) == FailureStatus.Replayed, () => "the replay to be made");
        await _hub.Query(db => db.Inbox.ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.Conflict, (await Replay(id, "again")).StatusCode);
        Assert.Equal(1, await _hub.Query(db => db.FeedEntries.CountAsync(e => e.Agency == "prison" && e.MessageType == "ppo-reception-alert")));
        Assert.Single(await _hub.Query(db => db.AuditEntries.Where(e => e.Action == AuditAction.FailedMessageReplayed).ToListAsync()));
    }

    [Fact]
    public async Task A_failed_copy_of_a_message_already_applied_is_stored_as_applied_and_never_replayed()
    {
        var id = Guid.NewGuid();
        await _hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(83)), id);
        await Poll.Until(() => _hub.Query(db => db.Cases.AnyAsync()), () => "the PPO case");
        await SendToErrorQueue(Selected(ByPnc(83)), Agency.Police, id);

        var failure = (await WaitForFailures(1, status: null))[0]!["messages"]![0]!;
        Assert.Equal("alreadyApplied", (string?)failure["status"]);
        Assert.Equal(HttpStatusCode.Conflict, (await Replay((Guid)failure["id"]!, "try it")).StatusCode);
    }

    [Fact]
    public async Task A_replay_of_a_message_from_a_sender_that_may_not_send_it_is_refused_again_under_the_same_sender()
    {
        await Publish(Selected(ByPnc(84)), Agency.Prison);
        var id = (Guid)(await WaitForFailures(1))[0]!["messages"]![0]!["id"]!;

        await Replay(id, "prison insists");

        await Poll.Until(async () => await _hub.Query(db => db.FailedMessages.AnyAsync(f => f.Id == id && f.Failures == 2 && f.Status == FailureStatus.Failed)),
            () => "the replay to fail again");
        Assert.False(await _hub.Query(db => db.Cases.AnyAsync()));
    }

    Task Publish(object message, Agency sender) =>
        _hub.Services.GetRequiredService<IBus>().Publish(message, message.GetType(), send => send.Headers.Set(HubHeaders.Sender, sender.Slug()));

    async Task SendToErrorQueue(object message, Agency sender, Guid? id = null)
    {
        var endpoint = await _hub.Services.GetRequiredService<IBus>().GetSendEndpoint(QueueAddress.Of(DurableQueues.ErrorQueueOf("hub-intake")));
        await endpoint.Send(message, message.GetType(), send =>
        {
            send.Headers.Set(HubHeaders.Sender, sender.Slug());
            if (id is not null) send.MessageId = id;
        });
    }

    Task<HttpResponseMessage> Replay(Guid id, string justification) =>
        _hub.Http.PostAsJsonAsync($"/admin/failed-messages/{id}/replay", new { justification });

    Task<FailureStatus> Status(Guid id) => _hub.Query(db => db.FailedMessages.Where(f => f.Id == id).Select(f => f.Status).SingleAsync());

    async Task<JsonArray> Failures(string? status) =>
        (await _hub.Http.GetFromJsonAsync<JsonArray>(status is null ? "/admin/failed-messages" : $"/admin/failed-messages?status={status}"))!;

    async Task<JsonArray> WaitForFailures(int count, string? status = "failed")
    {
        JsonArray groups = [];
        await Poll.Until(async () => (groups = await Failures(status)).Sum(g => (int)g!["count"]!) >= count, () => $"{count} failed messages");
        return groups;
    }
}
