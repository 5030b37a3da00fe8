namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>
/// Registered on a host that serves the hub's staff: their keys (agency <c>hub</c>) are managed by its <c>keys</c>
/// command and, in development, it makes an administrator's key beside the agencies'.
/// </summary>
public sealed class StaffAccess;
