using AgencyHub.Contracts.Selection;
using static AgencyHub.Tests.Support.Messages;

namespace AgencyHub.Tests.Support;

/// <summary>Candidates for the selection matrix (PPO Strategy Initial Guidance 2004, Annex C), scored as of
/// <see cref="Messages.Now"/> (2026-11-23).</summary>
public static class Candidates
{
    /// <summary>
    /// The worked example: a convicted dwelling-burglary series, 7 offences, serious impact, tested drug dependency,
    /// 2 arrests, intelligence 3 weeks old. On the default matrix: 5 × 6 + 5 + 5 + 5 + 2 × 3 + 5 = 56.
    /// </summary>
    public static ScoreSelectionCandidate DwellingBurglar(int serial = 1, SchemeReference? scheme = null) => new()
    {
        Scheme = scheme ?? Leeds,
        Offender = ByPnc(serial),
        Offences = [Offence("burglary-dwelling", EvidenceBasis.Convicted, "PNC conviction 2026-03-12", series: true)],
        OffenceCount = 7,
        Impact = PublicImpact.Serious,
        Factors = [new CandidateFactor { Factor = SelectionFactor.DrugDependentTested, Source = "CJIP test T-2026-0411" }],
        ArrestsInLast12Months = 2,
        IntelligenceReports = [new CandidateIntelligence { ReportedOn = new DateOnly(2026, 11, 2), Source = "intel log 2026/5512" }],
    };

    /// <summary>A low scorer: one suspected theft, slight impact, nothing else. 1 × 3 + 1 = 4 on the default matrix.</summary>
    public static ScoreSelectionCandidate PettyThief(int serial = 2) => new()
    {
        Scheme = Leeds,
        Offender = ByPnc(serial),
        Offences = [Offence("theft-other", EvidenceBasis.Suspected, "intel log 2026/0042")],
        OffenceCount = 1,
        Impact = PublicImpact.SlightOrNone,
        ArrestsInLast12Months = 0,
    };

    public static CandidateOffence Offence(string key, EvidenceBasis basis, string source, int count = 1, bool series = false) =>
        new() { Offence = key, Basis = basis, Source = source, Count = count, Series = series };
}
