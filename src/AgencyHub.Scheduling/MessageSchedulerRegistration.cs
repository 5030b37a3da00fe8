using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Database;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// Adds the hub's message scheduler to a host: Quartz on a persistent store, and the <c>hub-scheduler</c> endpoint that
/// consumes MassTransit's <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c>. Every real bus sends those there
/// (<c>UseMessageScheduler</c> in <see cref="BusRegistration"/>).
/// </summary>
public static class MessageSchedulerRegistration
{
    /// <summary>
    /// Adds Quartz with its job store (section <c>Scheduler</c>, database from <c>Persistence</c>) and the hosted service
    /// that starts it with the host (<see cref="SchedulerService"/>) and lets running sends finish when it stops.
    /// </summary>
    public static IServiceCollection AddHubScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        var persistence = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        var store = SchedulerStore.For(options, persistence);
        services.AddSingleton(store);
        if (store.Provider == DatabaseProvider.Postgres) services.AddSingleton<ISchemaStep, SchedulerSchema>();
        var names = SchedulerShards.Names(store.Shards);
        // The host's send threads are shared out between its shards.
        var threadsPerShard = Math.Max(1, (options.ThreadCount + names.Count - 1) / names.Count);
        foreach (var name in names)
            services.AddQuartz(name, quartz =>
            {
                quartz.ConfigureScheduler(scheduler =>
                {
                    scheduler.MaxBatchSize = options.MaxBatchSize;
                    scheduler.BatchTriggerAcquisitionFireAheadTimeWindow = options.AcquisitionWindow;
                    scheduler.IdleWaitTime = options.IdleWaitTime;
                });
                quartz.UseDefaultThreadPool(threadsPerShard);
                quartz.UsePersistentStore(builder => store.Configure(builder, options));
            });
        services.AddSingleton(provider => new SchedulerShards(provider, names));
        services.AddHostedService<SchedulerService>();
        return services;
    }

    /// <summary>Adds the scheduler's consumers to the bus.</summary>
    public static void AddHubScheduler(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScheduleMessageConsumer>();
        bus.AddConsumer<CancelScheduledMessageConsumer>();
    }

    /// <summary>Declares the <c>hub-scheduler</c> receive endpoint.</summary>
    public static void ConfigureSchedulerEndpoint(IBusRegistrationContext context, IBusFactoryConfigurator cfg) =>
        cfg.ReceiveEndpoint(SchedulerQueue.Name, endpoint =>
        {
            endpoint.ConfigureConsumer<ScheduleMessageConsumer>(context);
            endpoint.ConfigureConsumer<CancelScheduledMessageConsumer>(context);
        });
}
