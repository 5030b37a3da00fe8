using AgencyHub.Orchestrator;
using AgencyHub.Admin;

return await OrchestratorHost.Create(args).RunStaffCommandOrHost(args);
