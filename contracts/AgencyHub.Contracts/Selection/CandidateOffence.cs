using System.ComponentModel.DataAnnotations;

namespace AgencyHub.Contracts.Selection;

/// <summary>
/// Offending the selection matrix scores: one offence type, how it is known and the record it comes from. An entry
/// cannot be made without a basis and a source, so the matrix scores no anecdotal information
/// (PPO Strategy Initial Guidance 2004, Annex C §13).
/// </summary>
public sealed record CandidateOffence
{
    /// <summary>The form of an offence key: lower-case words joined by hyphens, e.g. <c>burglary-dwelling</c>.</summary>
    public const string KeyPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>
    /// The offence as keyed in the scheme's matrix, e.g. <c>burglary-dwelling</c>, <c>theft-of-motor-vehicle</c>
    /// (see the README for the default keys; a key the scheme's matrix does not list is refused).
    /// </summary>
    [StringLength(60), RegularExpression(KeyPattern, ErrorMessage = "must be a lower-case key such as burglary-dwelling")]
    public required string Offence { get; init; }

    /// <summary>Whether the offending is convicted, admitted or suspected.</summary>
    public required EvidenceBasis Basis { get; init; }

    /// <summary>The record it comes from, e.g. <c>PNC conviction 12/03/2026</c>, <c>interview 2026/1187</c>, an intelligence log reference.</summary>
    [StringLength(200)]
    public required string Source { get; init; }

    /// <summary>How many offences of this type the source records; at least one. Each is scored.</summary>
    [Range(1, 1000)]
    public required int Count { get; init; }

    /// <summary>True when the offences form a series, which some offences score higher (e.g. burglary dwelling (series)).</summary>
    public bool Series { get; init; }
}
