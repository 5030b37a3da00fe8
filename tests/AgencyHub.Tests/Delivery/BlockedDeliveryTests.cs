using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Selection;
using AgencyHub.Messaging.Journal;
using AgencyHub.Tests.Support;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Delivery;

public sealed class BlockedDeliveryTests : IDisposable
{
    // Police may send the PPO list to CPS only; the contract also names courts, prison and probation.
    readonly string _policyPath = Path.GetTempFileName();

    public BlockedDeliveryTests() => File.WriteAllText(_policyPath, """
        {
          "rules": [
            { "id": "ppo-list-to-cps", "sender": "police", "messageTypes": ["ppo-selected"], "recipients": ["cps"], "purposes": ["ppo-management"] },
            { "id": "hub-notices", "sender": "hub", "messageTypes": ["delivery-blocked"], "recipients": ["police"], "purposes": ["delivery-governance"] }
          ]
        }
        """);

    public void Dispose() => File.Delete(_policyPath);

    [Fact]
    public async Task An_uncovered_delivery_is_blocked_and_the_sender_is_told_which_rule_stopped_it()
    {
        await using var hub = await HubHarness.Start(new Dictionary<string, string?> { ["DeliveryPolicy:Path"] = _policyPath });
        var id = await hub.Post(Selected(ByPnc(30)), Agency.Police);

        Assert.Single(await hub.Received<PpoSelected>(Agency.Cps));
        Assert.Empty(await hub.Received<PpoSelected>(Agency.Courts));
        var notices = await hub.Received<DeliveryBlocked>(Agency.Police);
        Assert.Equal([Agency.Courts, Agency.Prison, Agency.Probation], notices.Select(n => n.Recipient).Order().ToArray());
        Assert.All(notices, n =>
        {
            Assert.Equal((id, "ppo-selected", "ppo-list-to-cps"), (n.BlockedMessageId, n.MessageType, n.Rule));
            Assert.Contains("does not cover recipient", n.Reason);
        });
        Assert.Equal(3, hub.Journal.Recent(100).Count(e => e.Kind == JournalEntryKind.Blocked && e.MessageId != Guid.Empty));
    }

    [Fact]
    public async Task A_hub_alert_with_no_rule_is_blocked_and_logged_without_a_notice_loop()
    {
        await using var hub = await HubHarness.Start(new Dictionary<string, string?> { ["DeliveryPolicy:Path"] = _policyPath });
        await hub.Post(Selected(ByPnc(31)), Agency.Police);
        await hub.Post(Reception(ByPnc(31)), Agency.Prison);

        Assert.Empty(await hub.Feed(Agency.Prison));
        Assert.Contains(hub.Journal.Recent(100), e => e is { Kind: JournalEntryKind.Blocked, MessageType: "ppo-reception-alert", From: Agency.Hub });
    }
}
