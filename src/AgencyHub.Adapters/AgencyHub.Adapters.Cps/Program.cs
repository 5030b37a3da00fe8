using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Cps adapter: the ingress API and delivery feed for the cps agency's own system.
return await AdapterHost.Create(Agency.Cps, args).RunCommandOrHost(args);
