namespace AgencyHub.Contracts.Release;

/// <summary>Which pre-release notice this is (the first notice or the reminder: docs/domain.md, "Release
/// warning").</summary>
public enum PreReleaseNoticeKind
{
    /// <summary>The first notice, by default 28 days before release (or at once if less remains).</summary>
    FirstNotice,
    /// <summary>The reminder, by default 7 days before release.</summary>
    Reminder,
}
