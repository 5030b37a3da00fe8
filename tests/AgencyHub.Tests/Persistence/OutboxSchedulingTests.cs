using AgencyHub.Contracts.Agencies;
using AgencyHub.Tests.Support;
using MassTransit;
using AgencyHub.Messaging.Transport;
using Microsoft.EntityFrameworkCore;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Persistence;

/// <summary>
/// What a saga schedules goes through the outbox like anything else it sends: the scheduler hears of a deadline only
/// once the saga's state naming it has committed, so a round that rolls back leaves nothing scheduled.
/// </summary>
public sealed class OutboxSchedulingTests
{
    sealed class ScheduleWatcher(HubHarness hub) : ISendObserver
    {
        // The case's needs-assessment token as committed when each schedule was sent (sent from the outbox, a
        // schedule is a stored body, not a ScheduleMessage, so it is known by its destination).
        public readonly List<Guid?> Committed = [];

        public async Task PreSend<T>(SendContext<T> context) where T : class
        {
            if (context.DestinationAddress?.AbsolutePath.EndsWith(SchedulerQueue.Name, StringComparison.Ordinal) != true) return;
            var committed = await hub.Query(db => db.Cases.AsNoTracking().Select(c => c.NeedsAssessmentToken).SingleAsync());
            lock (Committed) Committed.Add(committed);
        }

        public Task PostSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;

        public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    [Fact]
    public async Task A_deadline_reaches_the_scheduler_after_the_state_naming_it_has_committed()
    {
        await using var hub = await HubHarness.Start(now: Now);
        await hub.Post(Selected(ByPnc(1)), Agency.Police);
        var watcher = new ScheduleWatcher(hub);
        hub.Harness.Bus.ConnectSendObserver(watcher);

        await hub.Post(Reception(ByPnc(1)), Agency.Prison);

        var token = (await hub.Query(db => db.Cases.AsNoTracking().SingleAsync())).NeedsAssessmentToken;
        Assert.NotNull(token);
        Assert.Equal([token], watcher.Committed);
    }
}
