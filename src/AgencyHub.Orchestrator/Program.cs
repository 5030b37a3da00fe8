using AgencyHub.Orchestrator;
using AgencyHub.Adapters.Common;

return await OrchestratorHost.Create(args).RunCommandOrHost(args);
