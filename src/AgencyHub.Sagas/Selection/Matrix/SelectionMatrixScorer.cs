using System.Text.Json;
using AgencyHub.Contracts.Selection;
using AgencyHub.Contracts.Validation;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>
/// Scores a candidate PPO with one scheme's matrix (PPO Strategy Initial Guidance 2004, Annex C, Figure 3), line by
/// line so the score can be audited (Annex C §13). It ranks and never excludes (Annex C §9): every candidate that can
/// be scored gets a total, however low. Pure: the date to measure intelligence age against is given.
/// </summary>
public static class SelectionMatrixScorer
{
    // Report dates are local to the force; the hub's date is UTC. A day's grace keeps a report made after
    // midnight in summer time from looking as if it came from the future.
    const int FutureGraceDays = 1;

    /// <summary>Scores <paramref name="candidate"/> with <paramref name="matrix"/> as of <paramref name="today"/>.</summary>
    public static MatrixOutcome Score(ScoreSelectionCandidate candidate, MatrixTables matrix, DateOnly today)
    {
        var errors = new List<FieldError>();
        var lines = OffenceLines(candidate, matrix, errors);
        var band = matrix.SerialOffender.FirstOrDefault(b => candidate.OffenceCount >= b.MinOffences);
        lines.Add(Line("serial-offender", band?.Points ?? 0, detail: $"{candidate.OffenceCount} offences"));
        lines.Add(Line("impact", matrix.Impact[candidate.Impact], detail: Kebab(candidate.Impact)));
        lines.AddRange(candidate.Factors.Select(f => Line($"factor:{Kebab(f.Factor)}", matrix.Factors[f.Factor], source: f.Source)));
        lines.Add(Line("arrests", matrix.PointsPerArrest, candidate.ArrestsInLast12Months, detail: "arrests in the last 12 months"));
        if (IntelligenceLine(candidate.IntelligenceReports, matrix, today, errors) is { } intelligence)
            lines.Add(intelligence);
        return errors.Count > 0 ? new MatrixOutcome([], errors) : new MatrixOutcome(lines, []);
    }

    static List<MatrixScoreLine> OffenceLines(ScoreSelectionCandidate candidate, MatrixTables matrix, List<FieldError> errors)
    {
        var lines = new List<MatrixScoreLine>();
        for (var i = 0; i < candidate.Offences.Count; i++)
        {
            var offence = candidate.Offences[i];
            if (matrix.Offences.TryGetValue(offence.Offence, out var weight))
                lines.Add(OffenceLine(offence, weight, matrix));
            else
                errors.Add(new FieldError($"offences[{i}].offence",
                    $"'{offence.Offence}' is not in the selection matrix of scheme {candidate.Scheme.Code}; it lists: {string.Join(", ", matrix.Offences.Keys.Order())}"));
        }
        return lines;
    }

    /// <summary>The most recent report, scored by its age ("Current Intelligence",
    /// PPO Strategy Initial Guidance 2004, Annex C, Figure 3); none without reports.</summary>
    static MatrixScoreLine? IntelligenceLine(IReadOnlyList<CandidateIntelligence> reports, MatrixTables matrix, DateOnly today, List<FieldError> errors)
    {
        for (var i = 0; i < reports.Count; i++)
            if (reports[i].ReportedOn.DayNumber - today.DayNumber > FutureGraceDays)
                errors.Add(new FieldError($"intelligenceReports[{i}].reportedOn", $"is after the hub's date, {today:yyyy-MM-dd}"));
        if (reports.MaxBy(r => r.ReportedOn) is not { } latest) return null;
        var age = Math.Max(0, today.DayNumber - latest.ReportedOn.DayNumber);
        var points = matrix.Intelligence.FirstOrDefault(b => b.MaxAgeDays is null || age <= b.MaxAgeDays)?.Points ?? 0;
        return Line("intelligence", points, source: latest.Source, detail: $"latest reported {latest.ReportedOn:yyyy-MM-dd}, {age} days before scoring");
    }

    static MatrixScoreLine OffenceLine(CandidateOffence offence, OffenceWeight weight, MatrixTables matrix)
    {
        var series = offence.Series && weight.SeriesPoints is not null;
        return Line($"offence:{offence.Offence}{(series ? ":series" : "")}", series ? weight.SeriesPoints!.Value : weight.Points,
            offence.Count, matrix.CategoryWeightings[weight.Category], matrix.BasisWeightings[offence.Basis],
            offence.Basis, offence.Source, detail: $"category {weight.Category}");
    }

    static MatrixScoreLine Line(string element, int points, int count = 1, decimal weighting = 1, decimal basisWeighting = 1,
        EvidenceBasis? basis = null, string? source = null, string? detail = null) => new()
    {
        Element = element,
        Basis = basis,
        Source = source,
        Detail = detail,
        Points = points,
        Count = count,
        Weighting = Plain(weighting),
        BasisWeighting = Plain(basisWeighting),
        Score = Plain(points * count * weighting * basisWeighting),
    };

    /// <summary>The same value without trailing zeros (30, not 30.0), as an auditor would write it.</summary>
    static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;

    static string Kebab(Enum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
