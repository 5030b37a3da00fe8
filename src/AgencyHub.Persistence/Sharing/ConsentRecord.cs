namespace AgencyHub.Persistence.Sharing;

/// <summary>
/// One consent given or withdrawn by a person, as the CJIT reported it: for which recipients, purpose and kinds of data,
/// and when. The latest of a person's records that covers a delivery decides whether consent is in force for it.
/// </summary>
public sealed class ConsentRecord
{
    /// <summary>The id of the CJIT's message: a message is recorded once.</summary>
    public Guid ConsentId { get; set; }

    /// <summary>The person (<see cref="People.PersonRecord"/>).</summary>
    public Guid PersonId { get; set; }

    /// <summary>True for consent given, false for consent withdrawn.</summary>
    public bool Given { get; set; }

    /// <summary>The recipients covered, as agency slugs separated by commas.</summary>
    public string Recipients { get; set; } = "";

    /// <summary>The purpose covered.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>The message types covered, separated by commas; null for every CJIT message of the purpose.</summary>
    public string? MessageTypes { get; set; }

    /// <summary>When the person gave or withdrew consent.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The last day a consent given for a fixed period runs.</summary>
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>When the hub recorded it.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
