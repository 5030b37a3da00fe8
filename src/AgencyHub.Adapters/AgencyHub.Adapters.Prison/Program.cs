using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Prison adapter: the ingress API and delivery feed for the prison agency's own system.
AdapterHost.Create(Agency.Prison, args).Run();
