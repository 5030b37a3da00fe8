namespace AgencyHub.Sagas.Deadlines;

/// <summary>
/// The lead times of one scheme's deadlines (configuration section <c>Deadlines</c>, with per-scheme overrides under
/// <c>Deadlines:Schemes:{code}</c>). Defaults are those of docs/domain.md ("Deadlines"): the source documents' figure
/// where they give one, otherwise a local-protocol default.
/// </summary>
public sealed class DeadlineSettings
{
    /// <summary>Days before release the home police force gets the first pre-release notice
    /// (PPO Strategy Supplementary Annex 2004 §39).</summary>
    public int FirstNoticeDays { get; set; } = 28;

    /// <summary>Days before release the police get the reminder.</summary>
    public int ReminderDays { get; set; } = 7;

    /// <summary>Working days the police have to acknowledge each notice.</summary>
    public int AcknowledgementWorkingDays { get; set; } = 2;

    /// <summary>Hours after arrival in custody the needs assessment is due
    /// (Offender Management Update 2009, Paper 2).</summary>
    public int NeedsAssessmentHours { get; set; } = 24;

    /// <summary>Months without an arrest or intelligence report before a de-selection review is due
    /// (Offender Management Update 2009 §5.2, criterion 1).</summary>
    public int InactivityReviewMonths { get; set; } = 6;

    /// <summary>Months on the list before a review is due (Offender Management Update 2009 §5.2, criterion 5: two
    /// years).</summary>
    public int ListReviewMonths { get; set; } = 24;

    /// <summary>Months before release a de-selected long-sentence prisoner is due for re-selection review
    /// (Offender Management Update 2009 §5.2, criterion 3).</summary>
    public int ReselectionReviewMonths { get; set; } = 3;

    /// <summary>Hours the Early Release and Recall Section has to decide a recall request (PPO Strategy Initial
    /// Guidance 2004 §58: fast recall; a local default).</summary>
    public int RecallDecisionHours { get; set; } = 24;

    /// <summary>Days from a decision to recall until the person is to be back in custody (Joint Inspection Report 2004
    /// §9.10: swift recall; a local default).</summary>
    public int ReturnToCustodyDays { get; set; } = 7;

    /// <summary>What is wrong with these settings, each naming its key; empty when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(FirstNoticeDays), FirstNoticeDays), (nameof(AcknowledgementWorkingDays), AcknowledgementWorkingDays),
                     (nameof(NeedsAssessmentHours), NeedsAssessmentHours), (nameof(InactivityReviewMonths), InactivityReviewMonths),
                     (nameof(ListReviewMonths), ListReviewMonths), (nameof(ReselectionReviewMonths), ReselectionReviewMonths),
                     (nameof(RecallDecisionHours), RecallDecisionHours), (nameof(ReturnToCustodyDays), ReturnToCustodyDays),
                 })
            if (value <= 0) yield return $"{name} must be positive (is {value})";
        if (ReminderDays <= 0 || ReminderDays >= FirstNoticeDays)
            yield return $"{nameof(ReminderDays)} must be positive and less than {nameof(FirstNoticeDays)} (is {ReminderDays})";
    }
}
