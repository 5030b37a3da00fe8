using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Cjit adapter: the ingress API and delivery feed for the cjit agency's own system.
return await AdapterHost.Create(Agency.Cjit, args).RunCommandOrHost(args);
