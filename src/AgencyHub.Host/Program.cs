using AgencyHub.Host;
using AgencyHub.Adapters.Common;

return await AllInOneHost.Create(args).RunCommandOrHost(args);
