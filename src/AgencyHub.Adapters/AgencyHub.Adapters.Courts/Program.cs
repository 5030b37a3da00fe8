using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;

// The Courts adapter: the ingress API and delivery feed for the courts agency's own system.
await AdapterHost.Create(Agency.Courts, args).RunOrMigrate(args);
