using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;

// The Cjit adapter: the ingress API and delivery feed for the cjit agency's own system.
await AdapterHost.Create(Agency.Cjit, args).RunOrMigrate(args);
