using AgencyHub.Host;

AllInOneHost.Create(args).Run();
