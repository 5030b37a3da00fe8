using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Yot adapter: the ingress API and delivery feed for the yot agency's own system.
return await AdapterHost.Create(Agency.Yot, args).RunCommandOrHost(args);
