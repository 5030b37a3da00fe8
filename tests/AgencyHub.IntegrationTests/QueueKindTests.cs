using System.Text;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas.Intake;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// On the real broker: the hub's and the delivery queues are quorum queues with the delivery limit and their error
/// queue as dead-letter target, and a message handed out more often than the limit ends in that error queue.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class QueueKindTests(HubOnRabbitMq hub)
{
    static readonly DurableQueues Queues = new(new RabbitMqOptions());

    [Theory]
    [InlineData(HubIntake.Queue)]
    [InlineData(SchedulerQueue.Name)]
    [InlineData("prison-deliveries")]
    [InlineData("cps-deliveries")]
    public async Task A_hosts_queue_is_a_quorum_queue_with_the_delivery_limit_and_its_error_queue_as_dead_letter_target(string queue)
    {
        await using var connection = await hub.Broker.AsHub().ClientFactory().CreateConnectionAsync();

        // The broker accepts a declaration only with the arguments the queue already has.
        Assert.True(await Declares(connection, queue, Queues.ArgumentsOf(queue)));
        Assert.False(await Declares(connection, queue, new Dictionary<string, object> { ["x-queue-type"] = "classic" }));
        Assert.False(await Declares(connection, queue, new Dictionary<string, object>(Queues.ArgumentsOf(queue)) { ["x-delivery-limit"] = 5 }));
    }

    [Fact]
    public async Task A_message_handed_out_more_often_than_the_delivery_limit_is_moved_to_the_error_queue()
    {
        var queue = $"it-delivery-limit-{Guid.NewGuid():N}";
        var errorQueue = DurableQueues.ErrorQueueOf(queue);
        await using var connection = await hub.Broker.AsHub().ClientFactory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(errorQueue, durable: true, exclusive: false, autoDelete: false, Arguments(Queues.FailedMessageArguments));
        await channel.ExchangeDeclareAsync(errorQueue, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueBindAsync(errorQueue, errorQueue, "");
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, Arguments(Queues.ArgumentsOf(queue)));
        try
        {
            await channel.BasicPublishAsync("", queue, Encoding.UTF8.GetBytes("poison"));

            var handedOut = 0;
            var deadline = DateTime.UtcNow + Timeouts.Message;
            while (DateTime.UtcNow < deadline && (await channel.QueueDeclarePassiveAsync(errorQueue)).MessageCount == 0)
            {
                if (await channel.BasicGetAsync(queue, autoAck: false) is not { } delivery) continue;
                handedOut++;
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true);
            }

            Assert.Equal(new RabbitMqOptions().DeliveryLimit + 1, handedOut);
            Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(queue)).MessageCount);
            Assert.Equal("poison", Encoding.UTF8.GetString((await channel.BasicGetAsync(errorQueue, autoAck: true))!.Body.Span));
        }
        finally
        {
            await channel.QueueDeleteAsync(queue);
            await channel.QueueDeleteAsync(errorQueue);
            await channel.ExchangeDeleteAsync(errorQueue);
        }
    }

    static async Task<bool> Declares(IConnection connection, string queue, IReadOnlyDictionary<string, object> arguments)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, Arguments(arguments));
            return true;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 406)
        {
            return false;
        }
    }

    static Dictionary<string, object?> Arguments(IReadOnlyDictionary<string, object> arguments) => arguments.ToDictionary(a => a.Key, a => (object?)a.Value);
}
