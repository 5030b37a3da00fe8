using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Journal;
using AgencyHub.Messaging.Validation;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Messaging.Transport;

/// <summary>The one bus registration every host uses, whatever it runs (adapters, hub logic or both).</summary>
public static class BusRegistration
{
    /// <summary>
    /// Adds the bus on the configured transport, with retry and back-off, error queues and contract validation on
    /// every endpoint, plus the delivery gate and the message journal. Duplicate suppression is the database inbox's
    /// job (<c>UseHubOutbox</c>), on the endpoints that have an effect. Scheduled messages go to the hub's scheduler
    /// (<see cref="SchedulerQueue"/>), which keeps them in its database until they are due.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">Configuration holding the <c>Bus</c> and <c>DeliveryPolicy</c> sections.</param>
    /// <param name="register">Adds the host's consumers.</param>
    /// <param name="configureEndpoints">Declares the host's receive endpoints.</param>
    public static IServiceCollection AddAgencyHubBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> register, Action<IBusRegistrationContext, IBusFactoryConfigurator> configureEndpoints)
    {
        var options = AddBusServices(services, configuration);
        return services.AddMassTransit(bus => ConfigureBus(bus, options, MessageScheduling.HubScheduler, register, configureEndpoints));
    }

    /// <summary>
    /// The same bus on MassTransit's test harness (in-memory transport, with <c>ITestHarness</c> observing every
    /// message), for tests of the hub's rules. Scheduled messages wait in the in-memory transport's delay instead of the
    /// hub's scheduler, so a test moves time on with the harness's <c>IInMemoryDelayProvider.Advance</c>.
    /// </summary>
    public static IServiceCollection AddAgencyHubTestBus(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator> register, Action<IBusRegistrationContext, IBusFactoryConfigurator> configureEndpoints)
    {
        var options = AddBusServices(services, configuration);
        options.Transport = TransportKind.InMemory;
        return services.AddMassTransitTestHarness(bus => ConfigureBus(bus, options, MessageScheduling.TransportDelay, register, configureEndpoints));
    }

    static BusOptions AddBusServices(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        services.AddSingleton(options);
        services.AddDeliveryGate(configuration);
        services.AddSingleton<MessageJournal>();
        return options;
    }

    /// <summary>Where a bus's scheduled messages wait until they are due.</summary>
    enum MessageScheduling
    {
        /// <summary>In the hub's scheduler (persistent).</summary>
        HubScheduler,

        /// <summary>In the in-memory transport's delay (tests).</summary>
        TransportDelay,
    }

    static void ConfigureBus(IBusRegistrationConfigurator bus, BusOptions options, MessageScheduling scheduling,
        Action<IBusRegistrationConfigurator> register, Action<IBusRegistrationContext, IBusFactoryConfigurator> configureEndpoints)
    {
        // This hub carries criminal-justice data and must not call out (ARCHITECTURE.md).
        bus.DisableUsageTelemetry();
        // IMessageScheduler for code outside a consumer; consumers and sagas get the same from ConfigurePipeline.
        if (scheduling == MessageScheduling.HubScheduler) bus.AddMessageScheduler(SchedulerQueue.Address);
        else bus.AddDelayedMessageScheduler();
        register(bus);
        if (options.Transport == TransportKind.RabbitMq)
            bus.UsingRabbitMq((context, cfg) =>
            {
                ConfigureRabbitMqHost(cfg, options.RabbitMq);
                ConfigurePipeline(context, cfg, options, scheduling);
                configureEndpoints(context, cfg);
            });
        else
            bus.UsingInMemory((context, cfg) =>
            {
                ConfigurePipeline(context, cfg, options, scheduling);
                configureEndpoints(context, cfg);
            });
    }

    static void ConfigureRabbitMqHost(IRabbitMqBusFactoryConfigurator cfg, RabbitMqOptions rabbit) =>
        cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
        {
            host.Username(rabbit.Username);
            host.Password(rabbit.Password);
            if (rabbit.UseTls)
                host.UseSsl(ssl => ssl.ServerName = rabbit.TlsServerName ?? rabbit.Host);
        });

    static void ConfigurePipeline(IBusRegistrationContext context, IBusFactoryConfigurator cfg, BusOptions options, MessageScheduling scheduling)
    {
        if (scheduling == MessageScheduling.HubScheduler) cfg.UseMessageScheduler(SchedulerQueue.Address);
        else cfg.UseDelayedMessageScheduler();
        cfg.PrefetchCount = options.ConcurrentMessages;
        cfg.ConcurrentMessageLimit = options.ConcurrentMessages;
        // A message that breaks its contract will never succeed: straight to the error queue, no retries.
        cfg.UseMessageRetry(retry =>
        {
            retry.Exponential(options.RetryLimit, options.RetryMinDelay, options.RetryMaxDelay, options.RetryMinDelay);
            retry.Ignore<PermanentMessageFailure>();
        });
        cfg.UseConsumeFilter(typeof(ContractValidationFilter<>), context);
    }
}
