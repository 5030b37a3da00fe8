using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Custody;
using AgencyHub.Tests.Support;
using AgencyHub.Messaging.Validation;
using MassTransit;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Cases;

/// <summary>A bad message on the bus fails alone, into the error queue, and the consumers carry on.</summary>
public class PoisonMessageTests
{
    [Fact]
    public async Task A_message_breaking_its_contract_fails_alone_and_the_next_one_is_handled()
    {
        await using var hub = await HubHarness.Start();
        await hub.Post(Selected(ByPnc(50)), Agency.Police);
        var bad = await hub.Post(Reception(ByPnc(50), prison: "leeds"), Agency.Prison);
        await hub.Post(Reception(ByPnc(50), prison: "LEI"), Agency.Prison);

        var failure = Assert.Single(hub.Harness.Consumed.Select<ReceptionIntoCustody>(c => c.Context.MessageId == bad && c.Exception is not null));
        Assert.IsType<ContractViolationException>(failure.Exception);
        Assert.Contains("prisonCode", failure.Exception.Message);
        Assert.Equal("LEI", Assert.Single(await hub.Received<PpoReceptionAlert>(Agency.Prison)).PrisonCode);
    }

    [Fact]
    public async Task A_message_from_a_sender_that_may_not_send_it_is_neither_routed_nor_applied()
    {
        await using var hub = await HubHarness.Start();
        var id = await hub.Post(Selected(ByPnc(51)), Agency.Prison);
        await hub.Post(Reception(ByPnc(51)), Agency.Prison);

        Assert.Empty(await hub.CausedBy(id));
        Assert.Empty(await hub.Received<PpoReceptionAlert>(Agency.Prison));
        Assert.Contains(hub.Harness.Published.Select<Fault<AgencyHub.Contracts.Selection.PpoSelected>>(),
            f => f.Context.Message.Exceptions[0].Message.Contains($"sender header '{Agency.Prison.Slug()}'"));
    }
}
