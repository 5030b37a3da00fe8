namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>A band of the serial-offender table: at least <see cref="MinOffences"/> offences score <see cref="Points"/>
/// (PPO Strategy Initial Guidance 2004, Annex C, Figure 3).</summary>
public sealed record SerialOffenderBand
{
    /// <summary>The fewest offences in the band.</summary>
    public required int MinOffences { get; init; }

    /// <summary>The band's points.</summary>
    public required int Points { get; init; }
}

/// <summary>
/// A band of the intelligence table: intelligence at most <see cref="MaxAgeDays"/> days old scores
/// <see cref="Points"/>; the band without a limit takes anything older
/// (PPO Strategy Initial Guidance 2004, Annex C, Figure 3: up to 4 weeks 5, 4 to 8 weeks 3, over 8 weeks 1).
/// </summary>
public sealed record IntelligenceBand
{
    /// <summary>The oldest intelligence in the band, in days; absent for the band of everything older.</summary>
    public int? MaxAgeDays { get; init; }

    /// <summary>The band's points.</summary>
    public required int Points { get; init; }
}
