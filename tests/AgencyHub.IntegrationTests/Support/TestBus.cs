using AgencyHub.Messaging.Transport;
using MassTransit;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// A MassTransit bus of the test's own on the real broker, connected as a given user and stamping what it sends with
/// that user's validated user-id, as a host of the hub does (or as a forger with another user's credentials would).
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    TestBus(IBusControl bus) => Bus = bus;

    /// <summary>The started bus.</summary>
    public IBusControl Bus { get; }

    /// <summary>Starts a bus connected as <paramref name="user"/>, with the endpoints <paramref name="configure"/> adds.</summary>
    public static async Task<TestBus> As(BrokerSettings user, Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(user.Host, (ushort)user.Port, user.VirtualHost, host =>
            {
                host.Username(user.Username);
                host.Password(user.Password);
            });
            cfg.SendAs(user.Username);
            configure?.Invoke(cfg);
        });
        using var timeout = new CancellationTokenSource(Timeouts.Startup);
        await bus.StartAsync(timeout.Token);
        return new TestBus(bus);
    }

    public async ValueTask DisposeAsync() => await Bus.StopAsync();
}
