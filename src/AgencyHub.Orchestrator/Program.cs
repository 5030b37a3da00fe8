using AgencyHub.Orchestrator;

OrchestratorHost.Create(args).Run();
