using System.Text.Json.Nodes;
using AgencyHub.Contracts.Selection;
using AgencyHub.Contracts.Validation;
using AgencyHub.Sagas.Selection.Matrix;
using AgencyHub.Tests.Support;
using static AgencyHub.Tests.Support.Candidates;
using static AgencyHub.Tests.Support.Messages;
using Line = (string Element, AgencyHub.Contracts.Selection.EvidenceBasis? Basis, string? Source, int Points, int Count, decimal Weighting,
    decimal BasisWeighting, decimal Score);

namespace AgencyHub.Tests.Selection;

/// <summary>The selection matrix (PPO Strategy Initial Guidance 2004, Annex C): the default file, per-scheme weights,
/// scoring by hand-computed figures, and the file's checks.</summary>
public sealed class SelectionMatrixTests
{
    static readonly string DefaultFile = Path.Combine(AppContext.BaseDirectory, "selection-matrix.json");
    static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    static readonly SelectionMatrix Default = SelectionMatrix.Load(DefaultFile);

    static MatrixOutcome Score(ScoreSelectionCandidate candidate, SelectionMatrix? matrix = null, DateOnly? today = null) =>
        SelectionMatrixScorer.Score(candidate, (matrix ?? Default).For(candidate.Scheme.Code), today ?? Today);

    static Line Row(MatrixScoreLine l) => (l.Element, l.Basis, l.Source, l.Points, l.Count, l.Weighting, l.BasisWeighting, l.Score);

    /// <summary>The default file with <paramref name="value"/> (JSON, or <c>(absent)</c> to remove) set at a dotted path.</summary>
    static string DefaultWith(string path, string value)
    {
        var root = JsonNode.Parse(File.ReadAllText(DefaultFile))!.AsObject();
        var names = path.Split('.');
        var parent = names[..^1].Aggregate(root, (node, name) => (node[name] ??= new JsonObject()).AsObject());
        if (value == "(absent)") parent.Remove(names[^1]);
        else parent[names[^1]] = JsonNode.Parse(value);
        return root.ToJsonString();
    }

    static string ProblemWith(string path, string value) =>
        Assert.Throws<InvalidOperationException>(() => SelectionMatrix.Parse(DefaultWith(path, value), "test.json")).Message;

    [Fact]
    public void The_worked_example_scores_56_line_by_line()
    {
        var outcome = Score(DwellingBurglar());

        Assert.Empty(outcome.Errors);
        Assert.Equal(56m, outcome.Total);
        Assert.Equal<Line>(
        [
            ("offence:burglary-dwelling:series", EvidenceBasis.Convicted, "PNC conviction 2026-03-12", 5, 1, 6m, 1m, 30m),
            ("serial-offender", null, null, 5, 1, 1m, 1m, 5m),
            ("impact", null, null, 5, 1, 1m, 1m, 5m),
            ("factor:drug-dependent-tested", null, "CJIP test T-2026-0411", 5, 1, 1m, 1m, 5m),
            ("arrests", null, null, 3, 2, 1m, 1m, 6m),
            ("intelligence", null, "intel log 2026/5512", 5, 1, 1m, 1m, 5m),
        ], outcome.Lines.Select(Row).ToArray());
        Assert.Equal("latest reported 2026-11-02, 21 days before scoring", outcome.Lines[^1].Detail);
    }

    [Fact]
    public void Each_offence_of_an_entry_scores_and_a_series_scores_only_where_the_matrix_has_series_points()
    {
        var candidate = DwellingBurglar() with
        {
            Offences =
            [
                Offence("burglary-dwelling", EvidenceBasis.Admitted, "interview 2026/1187", count: 3),
                Offence("shoplifting", EvidenceBasis.Convicted, "PNC conviction 2026-01-05", count: 2, series: true),
            ],
        };
        var offences = Score(candidate).Lines.Where(l => l.Element.StartsWith("offence:")).Select(Row).ToArray();
        Assert.Equal<Line>(
        [
            ("offence:burglary-dwelling", EvidenceBasis.Admitted, "interview 2026/1187", 4, 3, 6m, 1m, 72m),
            ("offence:shoplifting", EvidenceBasis.Convicted, "PNC conviction 2026-01-05", 2, 2, 3m, 1m, 12m),
        ], offences);
    }

    [Fact]
    public void A_scheme_with_its_own_weights_scores_the_same_candidate_differently()
    {
        var json = DefaultWith("schemes.CDRP-BRADFORD", """
            {"categoryWeightings":{"dwelling-burglary":2},"basisWeightings":{"convicted":0.5},"pointsPerArrest":4}
            """);
        var matrix = SelectionMatrix.Parse(json, "test.json");

        Assert.Equal(56m, Score(DwellingBurglar(), matrix).Total);
        var bradford = Score(DwellingBurglar(scheme: Bradford), matrix);
        // 5 × 2 × 0.5 + 5 + 5 + 5 + 2 × 4 + 5 = 33
        Assert.Equal(33m, bradford.Total);
        Assert.Equal<Line>(("offence:burglary-dwelling:series", EvidenceBasis.Convicted, "PNC conviction 2026-03-12", 5, 1, 2m, 0.5m, 5m),
            Row(bradford.Lines[0]));
        Assert.Same(matrix.For("CDRP-BRADFORD"), matrix.For("cdrp-bradford"));
    }

    [Fact]
    public void A_low_score_is_still_a_score_the_matrix_ranks_and_does_not_exclude()
    {
        var outcome = Score(PettyThief());

        Assert.Empty(outcome.Errors);
        Assert.Equal(4m, outcome.Total);
        Assert.Equal(["offence:theft-other", "serial-offender", "impact", "arrests"], outcome.Lines.Select(l => l.Element).ToArray());
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 3)]
    [InlineData(6, 3)]
    [InlineData(7, 5)]
    [InlineData(40, 5)]
    public void Serial_offender_points_follow_the_bands(int offences, int points) =>
        Assert.Equal(points, Score(PettyThief() with { OffenceCount = offences }).Lines.Single(l => l.Element == "serial-offender").Points);

    [Theory]
    [InlineData(0, 5)]
    [InlineData(28, 5)]
    [InlineData(29, 3)]
    [InlineData(56, 3)]
    [InlineData(57, 1)]
    [InlineData(-1, 5)]
    public void The_latest_intelligence_scores_by_its_age(int daysOld, int points)
    {
        var candidate = PettyThief() with
        {
            IntelligenceReports =
            [
                new CandidateIntelligence { ReportedOn = Today.AddDays(-400), Source = "intel log 2025/0001" },
                new CandidateIntelligence { ReportedOn = Today.AddDays(-daysOld), Source = "intel log 2026/9999" },
            ],
        };
        var line = Score(candidate).Lines.Single(l => l.Element == "intelligence");
        Assert.Equal((points, "intel log 2026/9999"), (line.Points, line.Source));
    }

    [Fact]
    public void Intelligence_from_after_the_hubs_date_is_refused()
    {
        var candidate = PettyThief() with
        {
            IntelligenceReports = [new CandidateIntelligence { ReportedOn = Today.AddDays(2), Source = "intel log 2026/9999" }],
        };
        var outcome = Score(candidate);
        Assert.Equal("intelligenceReports[0].reportedOn", Assert.Single(outcome.Errors).Field);
        Assert.Empty(outcome.Lines);
    }

    [Fact]
    public void An_offence_the_schemes_matrix_does_not_list_is_refused_by_its_path()
    {
        var candidate = DwellingBurglar() with
        {
            Offences = [.. DwellingBurglar().Offences, Offence("jaywalking", EvidenceBasis.Convicted, "PNC conviction 2026-02-01")],
        };
        var error = Assert.Single(Score(candidate).Errors);
        Assert.Equal("offences[1].offence", error.Field);
        Assert.Contains("'jaywalking' is not in the selection matrix of scheme CDRP-LEEDS", error.Message);
        Assert.Contains("burglary-dwelling", error.Message);
    }

    [Fact]
    public void The_contract_refuses_an_item_without_a_source_and_inconsistent_counts()
    {
        var candidate = DwellingBurglar() with
        {
            Offences = [Offence("burglary-dwelling", EvidenceBasis.Convicted, " ", count: 9)],
            Factors =
            [
                new CandidateFactor { Factor = SelectionFactor.AlcoholDependent, Source = "custody record 2026/77" },
                new CandidateFactor { Factor = SelectionFactor.AlcoholDependent, Source = "" },
            ],
            IntelligenceReports = [new CandidateIntelligence { ReportedOn = default, Source = "intel log 2026/5512" }],
        };
        Assert.Equal(
            ["factors[1].factor", "factors[1].source", "intelligenceReports[0].reportedOn", "offenceCount", "offences[0].source"],
            ContractValidator.Validate(candidate).Select(e => e.Field).Order().ToArray());
    }

    [Fact]
    public void The_default_file_is_the_annex_c_example()
    {
        Assert.Equal("annex-c-example-1", Default.Version);
        Assert.Equal((4, 5, 6m), (Default.Default.Offences["burglary-dwelling"].Points, Default.Default.Offences["burglary-dwelling"].SeriesPoints,
            Default.Default.CategoryWeightings["dwelling-burglary"]));
        Assert.All(Enum.GetValues<EvidenceBasis>(), basis => Assert.Equal(1m, Default.Default.BasisWeightings[basis]));
    }

    [Theory]
    [InlineData("version", "(absent)", "version: is required")]
    [InlineData("default.factors.alcoholDependent", "(absent)", "default.factors.alcoholDependent: is required")]
    [InlineData("default.factors.drugs", "3", "default.factors.drugs: unknown; expected crimeDependent")]
    [InlineData("default.impact.serious", "-5", "default.impact.serious: must not be negative")]
    [InlineData("default.categoryWeightings.violence", "-1", "default.categoryWeightings.violence: must not be negative")]
    [InlineData("default.offences.robbery", """{"category":"violent","points":5}""", "default.offences.robbery.category: 'violent' is not one of the categoryWeightings")]
    [InlineData("default.offences.Robbery", """{"category":"violence","points":5}""", "default.offences.Robbery: the key must be lower-case words joined by hyphens")]
    [InlineData("default.offences.arson", "null", "default.offences.arson: must not be null")]
    [InlineData("default.intelligence", "[null]", "default.intelligence: a band must not be null")]
    [InlineData("default.offences.arson", """{"category":null,"points":3}""", "not valid JSON of the expected shape")]
    [InlineData("default.pointsPerArrest", "(absent)", "default.pointsPerArrest: is required")]
    [InlineData("default.serialOffender", """[{"minOffences":2,"points":3},{"minOffences":2,"points":4}]""", "default.serialOffender: two bands have the same minOffences")]
    [InlineData("default.intelligence", """[{"points":1},{"points":2}]""", "default.intelligence: two bands have the same maxAgeDays")]
    [InlineData("schemes.CDRP-X.factors", """{"drugs":3}""", "schemes.CDRP-X.factors.drugs: unknown")]
    [InlineData("schemes.CDRP-X.offences", """{"twoc":{"category":"joyriding","points":3}}""", "schemes.CDRP-X.offences.twoc.category: 'joyriding' is not one")]
    [InlineData("default.categoryWeighting", "{}", "not valid JSON of the expected shape")]
    public void An_invalid_file_is_refused_naming_the_problem(string path, string value, string problem)
    {
        var message = ProblemWith(path, value);
        Assert.Contains("'test.json'", message);
        Assert.Contains(problem, message);
    }

    [Fact]
    public void A_missing_file_is_reported_with_its_setting()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SelectionMatrix.Load("/nonexistent/selection-matrix.json"));
        Assert.Contains("SelectionMatrix:Path", error.Message);
    }
}
