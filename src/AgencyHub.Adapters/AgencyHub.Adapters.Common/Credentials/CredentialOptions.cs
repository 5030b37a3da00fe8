namespace AgencyHub.Adapters.Common.Credentials;

/// <summary>Configuration section <c>Credentials</c>: how agency systems prove who they are to their adapter.</summary>
public sealed class CredentialOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Credentials";

    /// <summary>
    /// How long a host trusts what it last read of a key: a revocation or rotation made elsewhere (the keys command,
    /// another replica) takes effect within this time.
    /// </summary>
    public TimeSpan KeyCacheTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a key made without a stated lifetime lasts.</summary>
    public TimeSpan DefaultKeyLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Where the host writes a development key per agency on first start (a folder, one <c>{agency}.key</c> file each,
    /// readable by the host's user only). Unset (the default): none are made. The all-in-one host sets it.
    /// </summary>
    public string? DevelopmentKeysPath { get; set; }

    /// <summary>Requests each client may make.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Client certificates (mutual TLS) accepted instead of an API key, each mapped to one agency system.</summary>
    public List<ClientCertificateOptions> ClientCertificates { get; set; } = [];
}

/// <summary>
/// A token bucket per client: an agency system by its credential, or an unauthenticated caller by its address (so
/// guessing keys is slowed too).
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a client may make per second, sustained.</summary>
    public int PermitsPerSecond { get; set; } = 100;

    /// <summary>Requests a client may make at once after a quiet spell.</summary>
    public int Burst { get; set; } = 200;
}

/// <summary>One client certificate accepted as an agency system's credential.</summary>
public sealed class ClientCertificateOptions
{
    /// <summary>The certificate's SHA-256 thumbprint (hex; separators and case ignored).</summary>
    public string Thumbprint { get; set; } = "";

    /// <summary>The agency whose routes it opens.</summary>
    public string Agency { get; set; } = "";

    /// <summary>The agency system holding it.</summary>
    public string Name { get; set; } = "";
}
