using AgencyHub.Orchestrator;
using AgencyHub.Persistence.Database;

await OrchestratorHost.Create(args).RunOrMigrate(args);
