using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Police adapter: the ingress API and delivery feed for the police agency's own system.
AdapterHost.Create(Agency.Police, args).Run();
