namespace AgencyHub.Contracts.Selection;

/// <summary>
/// One line of a selection-matrix score: what was scored, on what evidence, and how the points were weighted, so
/// the score can be checked and forms part of the audit trail (PPO Strategy Initial Guidance 2004, Annex C §13).
/// <see cref="Score"/> = <see cref="Points"/> × <see cref="Count"/> × <see cref="Weighting"/> × <see cref="BasisWeighting"/>.
/// </summary>
public sealed record MatrixScoreLine
{
    /// <summary>
    /// The matrix element: <c>offence:{key}</c> (<c>offence:{key}:series</c> when scored as a series),
    /// <c>serial-offender</c>, <c>impact</c>, <c>factor:{factor}</c>, <c>arrests</c> or <c>intelligence</c>.
    /// </summary>
    public required string Element { get; init; }

    /// <summary>For an offence, whether it is convicted, admitted or suspected; otherwise absent.</summary>
    public EvidenceBasis? Basis { get; init; }

    /// <summary>The record the item comes from, as the sender gave it; absent for counts and the impact assessment.</summary>
    public string? Source { get; init; }

    /// <summary>What was measured, in words, e.g. <c>7 offences</c>, <c>reported 2026-11-02, 21 days before scoring</c>.</summary>
    public string? Detail { get; init; }

    /// <summary>The points the matrix gives one item.</summary>
    public required int Points { get; init; }

    /// <summary>How many items were scored, e.g. offences of the type or arrests; 1 for a single item.</summary>
    public required int Count { get; init; }

    /// <summary>The priority crime category weighting of the offence
    /// (PPO Strategy Initial Guidance 2004, Annex C, Figure 3), 1 where none applies.</summary>
    public required decimal Weighting { get; init; }

    /// <summary>The scheme's weighting of the evidence basis, 1 where none applies.</summary>
    public required decimal BasisWeighting { get; init; }

    /// <summary>The line's contribution to the total.</summary>
    public required decimal Score { get; init; }
}
