using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Prison adapter: the ingress API and delivery feed for the prison agency's own system.
return await AdapterHost.Create(Agency.Prison, args).RunCommandOrHost(args);
