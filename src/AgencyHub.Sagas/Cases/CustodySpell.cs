namespace AgencyHub.Sagas.Cases;

/// <summary>A person's current stay in one prison, and the schemes whose PPO alert that prison has had for it.</summary>
public sealed class CustodySpell(string prisonCode, DateTimeOffset since)
{
    /// <summary>The establishment holding the person.</summary>
    public string PrisonCode { get; } = prisonCode;

    /// <summary>When the person arrived there.</summary>
    public DateTimeOffset Since { get; } = since;

    /// <summary>Scheme codes already alerted to this prison during this stay, so an alert is sent once.</summary>
    public HashSet<string> AlertedSchemes { get; } = [];
}
