namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>The JSON shape of the matrix file (<c>selection-matrix.json</c>; see the README's configuration reference).</summary>
sealed class SelectionMatrixFile
{
    /// <summary>The file's version, quoted on every score so an audit can tell which weights applied.</summary>
    public string? Version { get; set; }

    /// <summary>The matrix of every scheme without its own weights; complete.</summary>
    public MatrixTablesFile? Default { get; set; }

    /// <summary>Per scheme code, what that scheme weights differently from the default
    /// (PPO Strategy Initial Guidance 2004, Annex C §12).</summary>
    public Dictionary<string, MatrixTablesFile> Schemes { get; set; } = [];
}

/// <summary>
/// One section of tables. Under <c>default</c> every table is given; under a scheme only what it changes: its
/// entries replace the default's entry by entry, and a band table or the points per arrest replace the default's whole.
/// </summary>
sealed class MatrixTablesFile
{
    public Dictionary<string, OffenceWeight>? Offences { get; set; }
    public Dictionary<string, decimal>? CategoryWeightings { get; set; }
    public Dictionary<string, decimal>? BasisWeightings { get; set; }
    public List<SerialOffenderBand>? SerialOffender { get; set; }
    public Dictionary<string, int>? Impact { get; set; }
    public Dictionary<string, int>? Factors { get; set; }
    public int? PointsPerArrest { get; set; }
    public List<IntelligenceBand>? Intelligence { get; set; }

    /// <summary>These tables laid over <paramref name="baseline"/>.</summary>
    public MatrixTablesFile Over(MatrixTablesFile baseline) => new()
    {
        Offences = Merge(baseline.Offences, Offences),
        CategoryWeightings = Merge(baseline.CategoryWeightings, CategoryWeightings),
        BasisWeightings = Merge(baseline.BasisWeightings, BasisWeightings),
        SerialOffender = SerialOffender ?? baseline.SerialOffender,
        Impact = Merge(baseline.Impact, Impact),
        Factors = Merge(baseline.Factors, Factors),
        PointsPerArrest = PointsPerArrest ?? baseline.PointsPerArrest,
        Intelligence = Intelligence ?? baseline.Intelligence,
    };

    static Dictionary<string, T>? Merge<T>(Dictionary<string, T>? baseline, Dictionary<string, T>? changes)
    {
        if (baseline is null || changes is null) return changes ?? baseline;
        var merged = new Dictionary<string, T>(baseline);
        foreach (var (key, value) in changes) merged[key] = value;
        return merged;
    }
}
