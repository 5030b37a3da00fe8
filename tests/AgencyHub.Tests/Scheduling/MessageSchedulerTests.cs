using AgencyHub.Scheduling;
using MassTransit;
using MassTransit.Scheduling;
using MassTransit.Testing;

namespace AgencyHub.Tests.Scheduling;

/// <summary>
/// The hub's scheduler on SQLite and a fake clock: what it sends, when, and that replacing and cancelling hold. The clock
/// is moved to each due time in turn: a jump far past one would make it a misfire, which is the restart case (the
/// integration tests).
/// </summary>
public sealed class MessageSchedulerTests : IAsyncLifetime
{
    SchedulerHarness _scheduler = null!;

    public async Task InitializeAsync() => _scheduler = await SchedulerHarness.Start();

    public async Task DisposeAsync() => await _scheduler.DisposeAsync();

    DateTimeOffset Now => _scheduler.Clock.GetUtcNow();

    [Fact]
    public async Task A_scheduled_message_is_sent_at_its_due_time_with_its_token_and_a_stable_id()
    {
        var token = NewId.NextGuid();
        await _scheduler.Schedule(token, Now.AddHours(1), new SchedulingProbe("due"));

        _scheduler.Advance(TimeSpan.FromHours(1));
        await _scheduler.WaitForProbe("due");

        var received = Assert.Single(_scheduler.Received);
        Assert.Equal(token, received.Headers.Get<Guid>(MessageHeaders.SchedulingTokenId));
        var request = await _scheduler.Harness.Consumed.SelectAsync<MassTransit.Scheduling.ScheduleMessage>().First();
        Assert.Equal(request.Context.MessageId, received.MessageId);
    }

    [Theory]
    [InlineData("queue:prison-deliveries")]
    [InlineData("queue:hub-scheduler")]
    [InlineData("rabbitmq://127.0.0.1/police-deliveries")]
    public async Task A_request_to_send_anywhere_but_a_hub_queue_is_refused_and_nothing_is_stored(string destination)
    {
        var token = NewId.NextGuid();
        await _scheduler.Request(token, _scheduler.Clock.GetUtcNow(), new SchedulingProbe("forged"), new Uri(destination));

        Assert.True(await _scheduler.Harness.Published.Any<Fault<ScheduleMessage>>(
            f => f.Context.Message.Exceptions[0].Message.Contains("Schedule request refused")));
        Assert.False(await _scheduler.SchedulerOf(token).Exists(ScheduledJobKeys.Trigger(token)));
    }

    [Fact]
    public async Task Nothing_is_sent_before_the_due_time()
    {
        await _scheduler.Schedule(NewId.NextGuid(), Now.AddHours(1), new SchedulingProbe("later"));
        await _scheduler.Schedule(NewId.NextGuid(), Now.AddMinutes(30), new SchedulingProbe("sooner"));

        _scheduler.Advance(TimeSpan.FromMinutes(30));
        await _scheduler.WaitForProbe("sooner");

        Assert.DoesNotContain(_scheduler.Received, m => m.Message.Text == "later");
    }

    [Fact]
    public async Task Scheduling_a_token_again_replaces_it_and_it_is_sent_once()
    {
        var token = NewId.NextGuid();
        await _scheduler.Schedule(token, Now.AddMinutes(10), new SchedulingProbe("first"));
        await _scheduler.Schedule(token, Now.AddMinutes(20), new SchedulingProbe("replacement"));
        await _scheduler.Schedule(NewId.NextGuid(), Now.AddMinutes(30), new SchedulingProbe("after"));

        _scheduler.Advance(TimeSpan.FromMinutes(20));
        await _scheduler.WaitForProbe("replacement");
        _scheduler.Advance(TimeSpan.FromMinutes(10));
        await _scheduler.WaitForProbe("after");

        Assert.Equal(["after", "replacement"], _scheduler.Received.Select(m => m.Message.Text).Order());
    }

    [Fact]
    public async Task A_cancelled_message_is_never_sent_and_cancelling_an_unknown_token_is_harmless()
    {
        var token = NewId.NextGuid();
        await _scheduler.Schedule(token, Now.AddMinutes(10), new SchedulingProbe("cancelled"));
        await _scheduler.Cancel(token);
        await _scheduler.Cancel(NewId.NextGuid());
        await _scheduler.Schedule(NewId.NextGuid(), Now.AddMinutes(20), new SchedulingProbe("after"));

        _scheduler.Advance(TimeSpan.FromMinutes(20));
        await _scheduler.WaitForProbe("after");

        Assert.DoesNotContain(_scheduler.Received, m => m.Message.Text == "cancelled");
        Assert.Empty(_scheduler.Harness.Published.Select<Fault>());
    }

    [Fact]
    public async Task A_message_already_due_when_it_is_scheduled_is_sent_at_once()
    {
        await _scheduler.Schedule(NewId.NextGuid(), Now.AddHours(-2), new SchedulingProbe("overdue"));

        await _scheduler.WaitForProbe("overdue");
    }

    [Fact]
    public async Task A_store_that_lost_the_sending_job_gets_it_back_and_the_message_is_still_sent()
    {
        var token = NewId.NextGuid();
        await _scheduler.Schedule(NewId.NextGuid(), Now.AddHours(1), new SchedulingProbe("first"));
        // As a store restored from a copy older than the job would be: the scheduler has seen the job, the store has not.
        var scheduler = _scheduler.SchedulerOf(token);
        await scheduler.DeleteJob(ScheduledJobKeys.Job);

        await _scheduler.Schedule(token, Now.AddMinutes(10), new SchedulingProbe("after the loss"));
        _scheduler.Advance(TimeSpan.FromMinutes(10));

        await _scheduler.WaitForProbe("after the loss");
        Assert.True(await scheduler.Exists(ScheduledJobKeys.Job));
    }
}
