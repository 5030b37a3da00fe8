using AgencyHub.Orchestrator;
using AgencyHub.Persistence.Database;

return await OrchestratorHost.Create(args).RunDatabaseCommandOrHost(args);
