using AgencyHub.Persistence;
using AgencyHub.Persistence.Database;
using AgencyHub.Tests.Support;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Persistence;

/// <summary>
/// A message whose consumer committed but whose outbox was not delivered (the host died in between) must have its
/// stored messages delivered by the retry, once, without being consumed again.
/// </summary>
public sealed class OutboxRedeliveryTests
{
    public sealed record Order(Guid Id);

    public sealed record Notice(Guid OrderId);

    /// <summary>Sends a notice for each order; the notice's first delivery attempt fails, as if the host had died.</summary>
    public sealed class OrderConsumer : IConsumer<Order>
    {
        public static int Runs;

        public async Task Consume(ConsumeContext<Order> context)
        {
            Interlocked.Increment(ref Runs);
            var notices = await context.GetSendEndpoint(new Uri("queue:notices"));
            // MassTransit's outbox fails the first delivery of a message carrying this header.
            await notices.Send(new Notice(context.Message.Id), send => send.Headers.Set("MT-Fail-Delivery", true));
        }
    }

    public sealed class NoticeConsumer : IConsumer<Notice>
    {
        public Task Consume(ConsumeContext<Notice> context) => Task.CompletedTask;
    }

    [Fact]
    public async Task Messages_a_committed_consumer_stored_are_delivered_by_the_retry_and_the_consumer_does_not_run_again()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            [new KeyValuePair<string, string?>("Persistence:ConnectionString", TestDatabase.NewSqliteFile())]).Build();
        var services = new ServiceCollection().AddLogging().AddHubPersistence(configuration);
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<OrderConsumer>();
            bus.AddConsumer<NoticeConsumer>();
            bus.UsingInMemory((context, cfg) =>
            {
                cfg.UseMessageRetry(retry => retry.Immediate(3));
                cfg.ReceiveEndpoint("orders", endpoint =>
                {
                    endpoint.UseHubOutbox(context);
                    endpoint.ConfigureConsumer<OrderConsumer>(context);
                });
                cfg.ReceiveEndpoint("notices", endpoint => endpoint.ConfigureConsumer<NoticeConsumer>(context));
            });
        });
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        await provider.GetRequiredService<SchemaMigration>().Apply(CancellationToken.None);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var runsBefore = OrderConsumer.Runs;
        var order = new Order(Guid.NewGuid());

        await harness.Bus.Publish(order);

        Assert.True(await harness.GetConsumerHarness<NoticeConsumer>().Consumed.Any<Notice>(n => n.Context.Message.OrderId == order.Id));
        // Until nothing has moved for a while: a second notice would have had time to arrive.
        await harness.InactivityTask;
        Assert.Single(harness.GetConsumerHarness<NoticeConsumer>().Consumed.Select<Notice>(n => n.Context.Message.OrderId == order.Id));
        Assert.Equal(1, OrderConsumer.Runs - runsBefore);
        await using var db = await provider.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContextAsync();
        var inbox = Assert.Single(await db.Inbox.ToListAsync());
        Assert.True(inbox is { Consumed: not null, Delivered: not null, ReceiveCount: 2 }, $"inbox row: {inbox.ReceiveCount} receives, delivered {inbox.Delivered}");
        Assert.Empty(await db.Outbox.ToListAsync());
    }
}
