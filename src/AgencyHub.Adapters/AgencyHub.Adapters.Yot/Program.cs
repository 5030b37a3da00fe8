using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Database;

// The Yot adapter: the ingress API and delivery feed for the yot agency's own system.
await AdapterHost.Create(Agency.Yot, args).RunOrMigrate(args);
