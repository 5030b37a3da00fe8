using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Probation adapter: the ingress API and delivery feed for the probation agency's own system.
return await AdapterHost.Create(Agency.Probation, args).RunCommandOrHost(args);
