using System.Text;
using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas;
using AgencyHub.Sagas.Intake;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using static AgencyHub.IntegrationTests.Support.Journeys;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// On the real broker, with the users and permissions deploy/rabbitmq/setup-users.sh gives: each host's user can do
/// only its own work, the hub knows a sender by the broker's validated user-id, and the delivery path and the scheduler
/// refuse what they cannot trust.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class BrokerIdentityTests(HubOnRabbitMq hub)
{
    const ushort AccessRefused = 403;
    const ushort PreconditionFailed = 406;

    /// <summary>What the broker answered: the reply code it closed the channel with after <paramref name="act"/>, or 0.</summary>
    async Task<ushort> BrokerAnswer(BrokerSettings user, Func<IChannel, Task> act)
    {
        await using var connection = await user.ClientFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        try
        {
            await act(channel);
        }
        catch (Exception exception) when (exception is OperationInterruptedException or AlreadyClosedException or RabbitMQ.Client.Exceptions.PublishException)
        {
            // The broker closes the channel; its reason is read below.
        }
        var deadline = DateTime.UtcNow + Timeouts.Message;
        while (!channel.IsClosed && DateTime.UtcNow < deadline) await Task.Delay(20);
        return channel.CloseReason?.ReplyCode ?? 0;
    }

    static Task Publish(IChannel channel, string exchange, string? userId = null) =>
        channel.BasicPublishAsync(exchange, "", mandatory: false, new BasicProperties { UserId = userId }, Encoding.UTF8.GetBytes("{}")).AsTask();

    BrokerSettings Police => hub.Broker.AsAdapter(Agency.Police);

    [Fact]
    public async Task The_police_adapters_user_cannot_consume_the_prisons_deliveries()
    {
        var answer = await BrokerAnswer(Police, channel =>
            channel.BasicConsumeAsync(DeliveryQueues.Name(Agency.Prison), autoAck: false, new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(channel)));
        Assert.Equal(AccessRefused, answer);
    }

    [Fact]
    public async Task The_scheduler_refuses_the_police_adapters_user_a_redelivery_into_the_prisons_delivery_queue()
    {
        await using var police = await TestBus.As(Police);
        var scheduled = await police.Bus.CreateMessageScheduler(SchedulerQueue.Address).ScheduleSend(DeliveryQueues.Address(Agency.Prison),
            DateTime.UtcNow.AddMinutes(5), Delivery(Agency.Prison), Pipe.Execute<SendContext>(send => send.Headers.Set(MessageHeaders.RedeliveryCount, 1)));

        var failed = await FailedMessages.Collected(hub.Database, SchedulerQueue.Name, scheduled.TokenId);
        Assert.Contains("may schedule only redeliveries to its own delivery queue", failed.Reason);
    }

    [Fact]
    public async Task The_police_adapters_user_cannot_send_as_the_prison()
    {
        var prisonOnly = await BrokerAnswer(Police, channel => Publish(channel, BrokerPermissions.ExchangeOf(typeof(ReceptionIntoCustody))));
        var posingAsPrison = await BrokerAnswer(Police, channel =>
            Publish(channel, BrokerPermissions.ExchangeOf(typeof(PpoSelected)), userId: BrokerSettings.Users.Of(Agency.Prison)));

        Assert.Equal((AccessRefused, PreconditionFailed), (prisonOnly, posingAsPrison));
    }

    [Fact]
    public async Task A_message_from_a_broker_user_that_is_no_agency_goes_to_the_error_queue_with_the_reason_whatever_its_header_says()
    {
        await using var stranger = await TestBus.As(hub.Broker);
        var id = NewId.NextGuid();
        await stranger.Bus.Publish(new PpoSelected
        {
            Offender = new OffenderIdentity { PncId = People.NewPncId() },
            Scheme = new SchemeReference { Code = Bodies.SchemeCode, Name = Bodies.SchemeName },
            LeadOfficer = new OfficerContact { Name = Bodies.LeadOfficer, Telephone = "0113 496 0000" },
            SelectionReason = Bodies.SelectionReason,
            SelectedAt = DateTimeOffset.UtcNow,
        }, context =>
        {
            context.MessageId = id;
            context.Headers.Set(HubHeaders.Sender, Agency.Police.Slug());
        });

        var failed = await FailedMessages.Collected(hub.Database, HubIntake.Queue, id);
        Assert.Contains($"broker user '{hub.Broker.Username}'", failed.Reason);
    }

    [Fact]
    public async Task A_forged_delivery_is_refused_by_the_feed_however_it_reached_the_queue()
    {
        var prisonBus = hub.AdapterApp(Agency.Prison).Services.GetRequiredService<IBus>();
        var received = new ReceiveCounter();
        using var observing = prisonBus.ConnectReceiveObserver(received);
        await using var stranger = await TestBus.As(hub.Broker);
        await using var orchestrator = await TestBus.As(hub.Broker.AsHub());

        // From a user that is not the hub's; and from the hub's, but naming another agency than the queue's.
        var fromStranger = await SendDelivery(stranger.Bus, Agency.Prison);
        var misaddressed = await SendDelivery(orchestrator.Bus, Agency.Police);
        await received.WaitUntilFinished(DeliveryQueues.Name(Agency.Prison), fromStranger.MessageId);
        await received.WaitUntilFinished(DeliveryQueues.Name(Agency.Prison), misaddressed.MessageId);

        var feed = await hub.Adapter(Agency.Prison).ReadToEnd();
        Assert.DoesNotContain(feed, item => item.GetProperty("deliveryId").GetGuid() is var id
            && (id == fromStranger.DeliveryId || id == misaddressed.DeliveryId));
    }

    [Fact]
    public async Task A_schedule_request_from_a_user_that_is_not_the_hubs_is_refused()
    {
        await using var stranger = await TestBus.As(hub.Broker);
        var scheduled = await stranger.Bus.CreateMessageScheduler(SchedulerQueue.Address)
            .ScheduleSend(DeliveryQueues.Address(Agency.Prison), DateTime.UtcNow.AddMinutes(5), Delivery(Agency.Prison));

        var failed = await FailedMessages.Collected(hub.Database, SchedulerQueue.Name, scheduled.TokenId);
        Assert.Contains("may schedule only redeliveries to its own delivery queue", failed.Reason);
    }

    static AgencyDelivery Delivery(Agency recipient) => new()
    {
        DeliveryId = NewId.NextGuid(),
        Sender = Agency.Hub,
        Recipient = recipient,
        MessageType = "ppo-reception-alert",
        Version = 1,
        Purpose = "ppo-custody-alert",
        Agreement = "forged",
        DeliveredAt = DateTimeOffset.UtcNow,
        Payload = JsonSerializer.SerializeToElement(new { note = "forged" }),
    };

    static async Task<(Guid MessageId, Guid DeliveryId)> SendDelivery(IBus bus, Agency recipient)
    {
        var delivery = Delivery(recipient);
        var messageId = NewId.NextGuid();
        var queue = await bus.GetSendEndpoint(DeliveryQueues.Address(Agency.Prison));
        await queue.Send(delivery, context => context.MessageId = messageId);
        return (messageId, delivery.DeliveryId);
    }
}
