using AgencyHub.Dashboard.Host;

await DashboardHost.Create(args).RunAsync();
