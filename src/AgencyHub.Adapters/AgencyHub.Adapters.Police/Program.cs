using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;

// The Police adapter: the ingress API and delivery feed for the police agency's own system.
await AdapterHost.Create(Agency.Police, args).RunOrMigrate(args);
