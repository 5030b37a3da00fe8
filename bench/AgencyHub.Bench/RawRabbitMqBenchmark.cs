using System.Buffers.Binary;
using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace AgencyHub.Bench;

/// <summary>
/// (a) The floor: RabbitMQ.Client alone. Persistent messages to a durable queue through the default exchange,
/// each publish awaiting its broker confirm, consumed with manual acks. The body carries the publish start time.
/// </summary>
public sealed class RawRabbitMqBenchmark(Broker broker, BenchSettings settings)
{
    public const string Queue = "bench-raw";
    const ushort Prefetch = 100;
    const int BodySize = 256;

    Timings _current = new(0);

    public async Task<LatencyStats> Run()
    {
        var factory = new ConnectionFactory { Uri = broker.Uri, ClientProvidedName = "agencyhub-bench-raw" };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumerChannel = await connection.CreateChannelAsync();

        await publisher.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await publisher.QueuePurgeAsync(Queue);
        await consumerChannel.BasicQosAsync(0, Prefetch, false);
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var body = delivery.Body.Span;
            Volatile.Read(ref _current).Receive(BinaryPrimitives.ReadInt32LittleEndian(body[8..]), BinaryPrimitives.ReadInt64LittleEndian(body));
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        var tag = await consumerChannel.BasicConsumeAsync(Queue, autoAck: false, consumer);

        await Round(publisher, settings.Warmup);
        var measured = await Round(publisher, settings.Messages);

        await consumerChannel.BasicCancelAsync(tag);
        await publisher.QueueDeleteAsync(Queue);
        return LatencyStats.From("a  RabbitMQ.Client", measured);
    }

    async Task<Timings> Round(IChannel publisher, int count)
    {
        var timings = new Timings(count);
        Volatile.Write(ref _current, timings);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/octet-stream" };
        await Load.Bounded(count, settings.Concurrency, async i =>
        {
            var body = new byte[BodySize];
            BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(8), i);
            BinaryPrimitives.WriteInt64LittleEndian(body, Stopwatch.GetTimestamp());
            // With confirmation tracking the publish completes when the broker has confirmed the message.
            await publisher.BasicPublishAsync(exchange: "", routingKey: Queue, mandatory: true, properties, body);
        });
        if (!await timings.WaitForAll(settings.DrainTimeout))
            Console.Error.WriteLine($"(a) {count - timings.ReceivedCount} of {count} messages did not arrive");
        return timings;
    }
}
