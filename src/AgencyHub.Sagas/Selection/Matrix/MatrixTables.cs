using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>
/// One scheme's selection matrix, complete and checked: the tables of
/// PPO Strategy Initial Guidance 2004, Annex C, Figure 3 with the scheme's own points and weightings (Annex C §12).
/// </summary>
public sealed class MatrixTables
{
    /// <summary>Points and category of each offence key.</summary>
    public required IReadOnlyDictionary<string, OffenceWeight> Offences { get; init; }

    /// <summary>The priority crime category weightings, e.g. dwelling burglary ×6.</summary>
    public required IReadOnlyDictionary<string, decimal> CategoryWeightings { get; init; }

    /// <summary>The weighting of convicted, admitted and suspected offending.</summary>
    public required IReadOnlyDictionary<EvidenceBasis, decimal> BasisWeightings { get; init; }

    /// <summary>The serial-offender bands, most offences first.</summary>
    public required IReadOnlyList<SerialOffenderBand> SerialOffender { get; init; }

    /// <summary>Points for each level of impact on the public.</summary>
    public required IReadOnlyDictionary<PublicImpact, int> Impact { get; init; }

    /// <summary>Points for each other factor.</summary>
    public required IReadOnlyDictionary<SelectionFactor, int> Factors { get; init; }

    /// <summary>Points for each arrest in the last twelve months.</summary>
    public required int PointsPerArrest { get; init; }

    /// <summary>The intelligence bands, youngest first, the band without a limit last.</summary>
    public required IReadOnlyList<IntelligenceBand> Intelligence { get; init; }

    static readonly Regex OffenceKey = new(CandidateOffence.KeyPattern);

    /// <summary>Checks a section of the file, adding what is wrong to <paramref name="problems"/> under <paramref name="where"/>.</summary>
    internal static MatrixTables From(MatrixTablesFile file, string where, List<string> problems)
    {
        var categories = NonNegative(file.CategoryWeightings, $"{where}.categoryWeightings", problems);
        return new MatrixTables
        {
            Offences = OffenceWeights(file.Offences, categories, $"{where}.offences", problems),
            CategoryWeightings = categories,
            BasisWeightings = ByEnum<EvidenceBasis, decimal>(file.BasisWeightings, $"{where}.basisWeightings", problems),
            SerialOffender = Bands(file.SerialOffender, $"{where}.serialOffender", "minOffences", 1, b => b.MinOffences, b => b.Points, problems)
                .OrderByDescending(b => b.MinOffences).ToArray(),
            Impact = ByEnum<PublicImpact, int>(file.Impact, $"{where}.impact", problems),
            Factors = ByEnum<SelectionFactor, int>(file.Factors, $"{where}.factors", problems),
            PointsPerArrest = file.PointsPerArrest switch
            {
                null => Problem(problems, $"{where}.pointsPerArrest: is required", 0),
                < 0 => Problem(problems, $"{where}.pointsPerArrest: must not be negative", 0),
                { } points => points,
            },
            Intelligence = Bands(file.Intelligence, $"{where}.intelligence", "maxAgeDays", 0, b => b.MaxAgeDays, b => b.Points, problems)
                .OrderBy(b => b.MaxAgeDays ?? int.MaxValue).ToArray(),
        };
    }

    static T Problem<T>(List<string> problems, string problem, T fallback)
    {
        problems.Add(problem);
        return fallback;
    }

    static Dictionary<string, decimal> NonNegative(Dictionary<string, decimal>? table, string where, List<string> problems)
    {
        if (table is null) return Problem(problems, $"{where}: is required", new Dictionary<string, decimal>());
        foreach (var (key, value) in table.Where(e => e.Value < 0))
            problems.Add($"{where}.{key}: must not be negative (got {value})");
        return table;
    }

    static Dictionary<string, OffenceWeight> OffenceWeights(Dictionary<string, OffenceWeight>? table,
        IReadOnlyDictionary<string, decimal> categories, string where, List<string> problems)
    {
        if (table is null or { Count: 0 }) return Problem(problems, $"{where}: at least one offence is required", new Dictionary<string, OffenceWeight>());
        foreach (var (key, weight) in table)
        {
            if (weight is null)
            {
                problems.Add($"{where}.{key}: must not be null");
                continue;
            }
            if (!OffenceKey.IsMatch(key))
                problems.Add($"{where}.{key}: the key must be lower-case words joined by hyphens, e.g. burglary-dwelling");
            if (string.IsNullOrWhiteSpace(weight.Category) || !categories.ContainsKey(weight.Category))
                problems.Add($"{where}.{key}.category: '{weight.Category}' is not one of the categoryWeightings");
            if (weight.Points < 0 || weight.SeriesPoints < 0)
                problems.Add($"{where}.{key}: points must not be negative");
        }
        return table;
    }

    /// <summary>A table keyed by an enum's wire names (as in the request, e.g. <c>drugDependentTested</c>), covering every value.</summary>
    static Dictionary<TEnum, TValue> ByEnum<TEnum, TValue>(Dictionary<string, TValue>? table, string where, List<string> problems)
        where TEnum : struct, Enum where TValue : INumber<TValue>
    {
        var names = Enum.GetValues<TEnum>().ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()), StringComparer.OrdinalIgnoreCase);
        var result = new Dictionary<TEnum, TValue>();
        var given = new HashSet<TEnum>();
        foreach (var (key, value) in table ?? [])
        {
            if (!names.TryGetValue(key, out var name))
            {
                problems.Add($"{where}.{key}: unknown; expected {string.Join(", ", names.Keys)}");
                continue;
            }
            given.Add(name);
            if (TValue.IsNegative(value)) problems.Add($"{where}.{key}: must not be negative (got {value})");
            else result[name] = value;
        }
        foreach (var (wireName, name) in names.Where(n => !given.Contains(n.Value)))
            problems.Add($"{where}.{wireName}: is required");
        return result;
    }

    /// <summary>A band table: no negative figures, each band's bound given once; a missing bound (the open band) counts as one.</summary>
    static T[] Bands<T>(List<T>? bands, string where, string boundName, int lowest, Func<T, int?> bound, Func<T, int> points, List<string> problems)
    {
        if (bands is null) return Problem(problems, $"{where}: is required (an empty list scores no points)", Array.Empty<T>());
        if (bands.Any(b => b is null)) return Problem(problems, $"{where}: a band must not be null", Array.Empty<T>());
        if (bands.Any(b => bound(b) < lowest || points(b) < 0))
            problems.Add($"{where}: {boundName} must be at least {lowest} and points must not be negative");
        if (bands.DistinctBy(bound).Count() != bands.Count)
            problems.Add($"{where}: two bands have the same {boundName}");
        return [.. bands];
    }
}
