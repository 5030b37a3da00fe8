using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;

// The Cps adapter: the ingress API and delivery feed for the cps agency's own system.
await AdapterHost.Create(Agency.Cps, args).RunOrMigrate(args);
