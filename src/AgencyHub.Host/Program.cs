using AgencyHub.Host;
using AgencyHub.Persistence.Database;

await AllInOneHost.Create(args).RunOrMigrate(args);
