using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;

// The Courts adapter: the ingress API and delivery feed for the courts agency's own system.
return await AdapterHost.Create(Agency.Courts, args).RunCommandOrHost(args);
