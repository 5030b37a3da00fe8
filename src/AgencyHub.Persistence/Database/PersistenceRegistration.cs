using AgencyHub.Messaging.Transport;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence.Feeds;
using AgencyHub.Persistence.Housekeeping;
using AgencyHub.Persistence.Ingress;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.Roles;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.Middleware;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgencyHub.Persistence.Database;

/// <summary>Adds the hub's database to a host.</summary>
public static class PersistenceRegistration
{
    /// <summary>
    /// Adds <see cref="HubDbContext"/> on the configured provider, the outbox, and (unless turned off) the schema
    /// migration step. Call it before the bus is added, so the schema is current before any consumer runs.
    /// </summary>
    public static IServiceCollection AddHubPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        // The all-in-one host adds it for its adapters and for the hub's rules: once is enough.
        if (services.Any(service => service.ServiceType == typeof(SchemaMigration))) return services;
        var options = configuration.GetSection(PersistenceOptions.Section).Get<PersistenceOptions>() ?? new PersistenceOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        // Pooled: every received message gets a context, and a reset one from the pool is cheaper than a new one.
        services.AddPooledDbContextFactory<HubDbContext>(db => Configure(db, options));
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<HubDbContext>>().CreateDbContext());
        services.AddScoped<IOutboxContextFactory<HubDbContext>, HubOutboxContextFactory>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<AcceptedMessageStore>();
        services.AddSingleton<FailedMessageStore>();
        services.AddSingleton<RoleGrants>();
        services.AddSingleton<SchemaMigration>();
        // Before anything touches the database or the broker.
        services.AddHostedService<ProductionCredentials>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadinessEndpoint.DatabaseTag]);
        if (options.MigrateOnStart)
            services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<SchemaMigration>());
        // After the migration step: hosted services start in order.
        services.AddSingleton<IHousekeepingStep, InboxCleanup>();
        services.AddHostedService<Housekeeping.Housekeeping>();
        services.AddHostedService<AuditHeadLog>();
        return services;
    }

    /// <summary>Points <paramref name="db"/> at the configured database.</summary>
    public static void Configure(DbContextOptionsBuilder db, PersistenceOptions options)
    {
        if (options.Provider == DatabaseProvider.Postgres) db.UseNpgsql(PostgresConnection.WithDefaults(options.ConnectionString));
        else db.UseSqlite(options.ConnectionString);
        // The migrations are hand-written for both providers and have no model snapshot to compare with; a test
        // checks the migrated schema against the model instead.
        db.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>Puts an endpoint's consumers and sagas behind the inbox and the transactional outbox.</summary>
    public static void UseHubOutbox(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        // Deliver up to 100 stored messages per round rather than MassTransit's default of one per transaction.
        var observer = new OutboxConsumePipeSpecificationObserver<HubDbContext>(endpoint, context) { MessageDeliveryLimit = 100 };
        endpoint.ConnectConsumerConfigurationObserver(observer);
        endpoint.ConnectSagaConfigurationObserver(observer);
    }
}
