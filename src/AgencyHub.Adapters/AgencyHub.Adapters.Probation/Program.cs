using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;

// The Probation adapter: the ingress API and delivery feed for the probation agency's own system.
await AdapterHost.Create(Agency.Probation, args).RunOrMigrate(args);
