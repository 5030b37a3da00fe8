using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Police adapter: the ingress API and delivery feed for the police agency's own system.
return await AdapterHost.Create(Agency.Police, args).RunCommandOrHost(args);
