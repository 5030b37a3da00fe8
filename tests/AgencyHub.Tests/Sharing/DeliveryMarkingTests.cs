using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Courts;
using AgencyHub.Contracts.Delivery;
using AgencyHub.Contracts.Prosecution;
using AgencyHub.Tests.Support;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Sharing;

/// <summary>
/// The hub's marks beside a delivery (PPO Strategy Initial Guidance 2004, Annex D): the PPO flag on what the police send
/// the CPS and on court orders, priority on PPO warrants; only on the deliveries a rule names. (Every flow they name
/// rests on an agreement for current PPOs alone, so a delivery about anyone else never gets that far.)
/// </summary>
public class DeliveryMarkingTests
{
    static async Task<HubHarness> Ppo(int serial)
    {
        var hub = await HubHarness.Start(now: Now);
        await hub.Post(Selected(ByPnc(serial)), Agency.Police);
        return hub;
    }

    static async Task<IReadOnlyList<DeliveryMark>> MarksOn(HubHarness hub, Agency recipient, string messageType) =>
        Assert.Single(await hub.Feed(recipient), item => item.MessageType == messageType).Marks;

    [Fact]
    public async Task A_charge_the_police_send_the_cps_about_a_ppo_carries_the_ppo_flag_and_probation_s_copy_none()
    {
        await using var hub = await Ppo(901);
        await hub.Post(ContractExamples.For(typeof(OffenderCharged), ByPnc(901), Now), Agency.Police);

        Assert.Equal([DeliveryMark.Ppo], await MarksOn(hub, Agency.Cps, "offender-charged"));
        Assert.Empty(await MarksOn(hub, Agency.Probation, "offender-charged"));
    }

    [Fact]
    public async Task A_ppo_s_warrant_goes_to_the_police_marked_for_priority_and_an_order_to_probation_with_the_flag()
    {
        await using var hub = await Ppo(902);
        await hub.Post(ContractExamples.For(typeof(WarrantIssued), ByPnc(902), Now), Agency.Courts);
        await hub.Post(ContractExamples.For(typeof(OrderFlagged), ByPnc(902), Now), Agency.Courts);

        Assert.Equal([DeliveryMark.Ppo, DeliveryMark.Priority], await MarksOn(hub, Agency.Police, "warrant-issued"));
        Assert.Equal([DeliveryMark.Ppo], await MarksOn(hub, Agency.Probation, "order-flagged"));
    }

    [Fact]
    public async Task A_delivery_no_rule_names_carries_no_mark_even_about_a_ppo()
    {
        await using var hub = await Ppo(903);
        await hub.Post(Reception(ByPnc(903)), Agency.Prison);

        Assert.Empty(await MarksOn(hub, Agency.Cps, "ppo-selected"));
        Assert.Empty(await MarksOn(hub, Agency.Probation, "reception-into-custody"));
        Assert.Empty(await MarksOn(hub, Agency.Prison, "ppo-reception-alert"));
    }
}
