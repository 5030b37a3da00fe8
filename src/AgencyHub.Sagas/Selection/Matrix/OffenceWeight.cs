namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>
/// What the matrix gives one offence key: its priority crime category and its points, with the higher points of a
/// series where the scheme distinguishes one (PPO Strategy Initial Guidance 2004, Annex C, Figure 3: "Burglary dwelling
/// (series)" 5, "Burglary dwelling" 4).
/// </summary>
public sealed record OffenceWeight
{
    /// <summary>The crime category whose weighting applies, e.g. <c>dwelling-burglary</c>.</summary>
    public required string Category { get; init; }

    /// <summary>Points for one offence.</summary>
    public required int Points { get; init; }

    /// <summary>Points for one offence in a series; absent when a series scores as single offences do.</summary>
    public int? SeriesPoints { get; init; }
}
