using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;

// The Prison adapter: the ingress API and delivery feed for the prison agency's own system.
await AdapterHost.Create(Agency.Prison, args).RunOrMigrate(args);
