namespace AgencyHub.Sagas.Retention;

/// <summary>
/// How long the hub keeps each kind of personal data (section <c>Retention</c>) before the housekeeping erases it,
/// each erasure audited. The audit trail itself is kept: it says who received what about whom, by reference only.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retention";

    /// <summary>A person with no PPO case, counted from the last the hub heard of them (registered, received into custody, release date set).</summary>
    public TimeSpan PeopleNeverSelected { get; set; } = TimeSpan.FromDays(365);

    /// <summary>A case de-selected or moved to another area, with its timeline, counted from that day.</summary>
    public TimeSpan ClosedCases { get; set; } = TimeSpan.FromDays(730);

    /// <summary>A delivery the gate held, released or not, counted from when it was held.</summary>
    public TimeSpan HeldDeliveries { get; set; } = TimeSpan.FromDays(90);
}
