using AgencyHub.Contracts.Identity;
using AgencyHub.Messaging.Journal;
using AgencyHub.Messaging.Telemetry;
using AgencyHub.Messaging.Validation;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgencyHub.Messaging.Transport;

/// <summary>The one bus registration every host uses, whatever it runs (adapters, hub logic or both).</summary>
public static class BusRegistration
{
    /// <summary>
    /// Adds the bus on the configured transport, with retry, redelivery and back-off (<see cref="FailurePolicy"/>), error queues and contract validation on
    /// every endpoint, plus the message journal. Duplicate suppression is the database inbox's
    /// job (<c>UseHubOutbox</c>), on the endpoints that have an effect. Scheduled messages go to the hub's scheduler
    /// (<see cref="SchedulerQueue"/>), which keeps them in its database until they are due.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Configuration holding the <c>Bus</c> section.</param>
    /// <param name="register">Adds the host's consumers.</param>
    /// <param name="configureEndpoints">Declares the host's receive endpoints.</param>
    public static IServiceCollection AddAgencyHubBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> register, Action<IBusRegistrationContext, IBusFactoryConfigurator> configureEndpoints)
    {
        var options = AddBusServices(services, configuration);
        return services.AddMassTransit(bus => ConfigureBus(bus, options, register, configureEndpoints));
    }

    /// <summary>
    /// The same bus on MassTransit's test harness (in-memory transport, with <c>ITestHarness</c> observing every
    /// message), for tests of the hub's rules. Scheduled messages go to the scheduler queue as on every bus: the
    /// in-memory transport's own delay cannot hold one beyond about 49 days, and the hub's deadlines run to years.
    /// </summary>
    public static IServiceCollection AddAgencyHubTestBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> register, Action<IBusRegistrationContext, IBusFactoryConfigurator> configureEndpoints)
    {
        var options = AddBusServices(services, configuration);
        options.Transport = TransportKind.InMemory;
        return services.AddMassTransitTestHarness(bus => ConfigureBus(bus, options, register, configureEndpoints));
    }

    static BusOptions AddBusServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        services.AddSingleton(options);
        services.AddSingleton(options.RabbitMq.Users);
        services.AddSingleton<MessageJournal>();
        services.TryAddSingleton(TimeProvider.System);
        TelemetryRegistration.AddHubMetrics(services, options);
        return options;
    }

    static void ConfigureBus(IBusRegistrationConfigurator bus, BusOptions options,
        Action<IBusRegistrationConfigurator> register, Action<IBusRegistrationContext, IBusFactoryConfigurator> configureEndpoints)
    {
        // This hub carries criminal-justice data and must not call out: no usage telemetry.
        bus.DisableUsageTelemetry();
        // IMessageScheduler for code outside a consumer; consumers and sagas get the same from ConfigurePipeline.
        bus.AddMessageScheduler(SchedulerQueue.Address);
        bus.AddConsumeObserver<ConsumeMetrics>();
        register(bus);
        if (options.Transport == TransportKind.RabbitMq)
            bus.UsingRabbitMq((context, cfg) =>
            {
                ConfigureRabbitMqHost(cfg, options.RabbitMq);
                ConfigureBrokerIdentity(context, cfg, options.RabbitMq);
                new DurableQueues(options.RabbitMq).Apply(cfg);
                cfg.ConfigureSend(send => send.UseSendExecute(MandatorySends.Mark));
                ConfigurePipeline(context, cfg, options);
                configureEndpoints(context, cfg);
            });
        else
            bus.UsingInMemory((context, cfg) =>
            {
                ConfigurePipeline(context, cfg, options);
                configureEndpoints(context, cfg);
            });
    }

    static void ConfigureRabbitMqHost(IRabbitMqBusFactoryConfigurator cfg, RabbitMqOptions rabbit) =>
        cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
        {
            host.Username(rabbit.Username);
            host.Password(rabbit.Password);
            if (rabbit.UseTls)
                host.UseSsl(ssl =>
                {
                    ssl.ServerName = rabbit.TlsServerName ?? rabbit.Host;
                    if (rabbit.TlsClientCertificatePath is { } certificate)
                    {
                        ssl.CertificatePath = certificate;
                        ssl.CertificatePassphrase = rabbit.TlsClientCertificatePassword;
                    }
                });
        });

    /// <summary>
    /// Every message this host sends carries its broker user as the validated user-id, which the broker checks and the
    /// hub reads as the sender (<see cref="BrokerSenderFilter{T}"/>); the host's reply queue is named after its user, so
    /// broker permissions can give each host its own.
    /// </summary>
    static void ConfigureBrokerIdentity(IBusRegistrationContext context, IRabbitMqBusFactoryConfigurator cfg, RabbitMqOptions rabbit)
    {
        cfg.SendAs(rabbit.Username);
        cfg.OverrideDefaultBusEndpointQueueName(BrokerUsers.ReplyQueue(rabbit.Username));
        cfg.UseConsumeFilter(typeof(BrokerSenderFilter<>), context);
    }

    static void ConfigurePipeline(IBusRegistrationContext context, IBusFactoryConfigurator cfg, BusOptions options)
    {
        // A message's exchange is its contract's; the interface the hub reads a message's offender by is no exchange of
        // its own (a broker user may not make one: permissions name each contract's).
        cfg.Publish<IAboutOffender>(publish => publish.Exclude = true);
        // Sagas schedule their deadlines with the hub's scheduler, whichever host runs it.
        cfg.UseMessageScheduler(SchedulerQueue.Address);
        cfg.PrefetchCount = options.ConcurrentMessages;
        cfg.ConcurrentMessageLimit = options.ConcurrentMessages;
        cfg.ConnectEndpointConfigurationObserver(new FailurePolicy(options));
        cfg.ConnectEndpointConfigurationObserver(context.GetRequiredService<ReceiveQueues>());
        cfg.UseConsumeFilter(typeof(ContractValidationFilter<>), context);
    }
}
