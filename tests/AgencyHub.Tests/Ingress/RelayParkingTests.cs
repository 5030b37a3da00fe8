using System.Net;
using System.Net.Http.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence.Ingress;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Ingress;

/// <summary>A stored message the relay can never publish is parked with its reason, and holds up none of the messages after it.</summary>
public sealed class RelayParkingTests
{
    [Fact]
    public async Task Messages_of_an_unknown_type_or_an_unreadable_body_are_parked_and_the_message_after_them_is_published()
    {
        await using var hub = await AllInOneClient.Start();
        // As a message stored by an adapter of another release would be.
        await hub.Query(db =>
        {
            db.AcceptedMessages.AddRange(Stored("ppo-nominated", "{}"), Stored("ppo-selected", """{"offender": 5}"""));
            return db.SaveChangesAsync();
        });

        await hub.Post(Agency.Police, "ppo-selected", Selected(ByPnc(42)));
        await Poll.Until(() => hub.Query(db => db.Cases.AnyAsync()), () => "the selection after the stored messages to be applied");

        var parked = await hub.Query(db => db.FailedMessages.OrderBy(f => f.MessageType).ToListAsync());
        Assert.Equal([("ppo-nominated", "unknown-type"), ("ppo-selected", "unreadable-body")], parked.Select(f => (f.MessageType, f.Cause)));
        Assert.All(parked, f => Assert.Equal((FailureSource.Relay, "police", "police relay", FailureStatus.Failed), (f.Source, f.Agency, f.Endpoint, f.Status)));
        // The relay removes what the broker confirmed once the whole batch is judged, which may be after the hub applied it.
        await Poll.Until(async () => !await hub.Query(db => db.AcceptedMessages.AnyAsync()), () => "the published messages to be removed");

        // Replayed, it is put back for the relay, which still cannot publish it, and parks it again.
        var unknown = parked[0];
        var replay = await hub.Http.PostAsJsonAsync($"/admin/failed-messages/{unknown.Id}/replay", new { justification = "adapter upgraded" });
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        await Poll.Until(() => hub.Query(db => db.FailedMessages.AnyAsync(f => f.Id == unknown.Id && f.Failures == 2 && f.Status == FailureStatus.Failed)),
            () => "the replayed message to be parked again");
    }

    static AcceptedMessage Stored(string type, string body) => new()
    {
        MessageId = Guid.NewGuid(), Agency = Agency.Police.Slug(), AgencySystem = "Lancashire custody system", MessageType = type, Body = body,
        AcceptedAt = DateTimeOffset.UtcNow,
    };
}
