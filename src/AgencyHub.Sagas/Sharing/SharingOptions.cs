using AgencyHub.Persistence.Sharing;

namespace AgencyHub.Sagas.Sharing;

/// <summary>Configuration section <c>Sharing</c>: the data-sharing agreements.</summary>
public sealed class SharingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Sharing";

    /// <summary>
    /// Put the seed agreements in force on start, each one the database does not hold yet (the all-in-one host does;
    /// a deployment's agreements come from its partners, through the admin API).
    /// </summary>
    public bool SeedAgreements { get; set; }

    /// <summary>The seed agreements' file; relative paths are resolved against the application's directory.</summary>
    public string SeedFile { get; set; } = "seed-agreements.json";

    /// <summary>How long a seed agreement runs before its first review.</summary>
    public int SeedReviewMonths { get; set; } = 12;

    /// <summary>
    /// How old the gate's copy of the agreements may be: a change made through another orchestrator reaches this one
    /// within it (a change made here, at once).
    /// </summary>
    public TimeSpan AgreementRefresh { get; set; } = AgreementVersions.DefaultRefresh;

    /// <summary>How many days before an agreement's review date its parties are told (<c>agreement-review-due</c>).</summary>
    public int ReviewNoticeDays { get; set; } = 30;
}
