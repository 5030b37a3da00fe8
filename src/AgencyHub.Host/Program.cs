using AgencyHub.Host;
using AgencyHub.Admin;

return await AllInOneHost.Create(args).RunStaffCommandOrHost(args);
