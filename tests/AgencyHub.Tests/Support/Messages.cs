using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Prosecution;
using AgencyHub.Contracts.Recall;
using AgencyHub.Contracts.Release;
using AgencyHub.Contracts.Selection;
using AgencyHub.Contracts.Treatment;

namespace AgencyHub.Tests.Support;

/// <summary>Valid example messages for tests, varied by the fields a test cares about.</summary>
public static class Messages
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-23T09:30:00Z");

    public static readonly SchemeReference Leeds = new() { Code = "CDRP-LEEDS", Name = "Leeds PPO scheme" };

    public static readonly SchemeReference Bradford = new() { Code = "CDRP-BRADFORD", Name = "Bradford PPO scheme" };

    /// <summary>A valid PNC ID for a serial number, e.g. 2004/0000042 with its check character.</summary>
    public static string Pnc(int serial, string year = "2004")
    {
        var digits = serial.ToString("D7");
        return $"{year}/{digits}{PncId.CheckCharacter(year, digits)}";
    }

    public static OffenderIdentity ByPnc(int serial) => new() { PncId = Pnc(serial) };

    public static PpoSelected Selected(OffenderIdentity offender, SchemeReference? scheme = null) => new()
    {
        Offender = offender,
        Scheme = scheme ?? Leeds,
        LeadOfficer = new OfficerContact { Name = "DC Jane Smith", Telephone = "0113 000 0000" },
        SelectionReason = "Burglary dwelling, 14 offences in 12 months",
        SelectedAt = Now.AddDays(-3),
    };

    public static PpoDeselected Deselected(OffenderIdentity offender, SchemeReference? scheme = null) => new()
    {
        Offender = offender,
        Scheme = scheme ?? Leeds,
        Criterion = DeselectionCriterion.LongCustodialSentence,
        DeselectedAt = Now,
    };

    public static ReceptionIntoCustody Reception(OffenderIdentity offender, string prison = "LEI", ReceptionReason reason = ReceptionReason.Remand) => new()
    {
        Offender = offender,
        PrisonCode = prison,
        Reason = reason,
        ReceivedAt = Now,
    };

    public static PrisonTransfer Transfer(OffenderIdentity offender, string from, string to) => new()
    {
        Offender = offender,
        FromPrisonCode = from,
        ToPrisonCode = to,
        TransferredAt = Now.AddDays(1),
    };

    public static OffenderReleased Released(OffenderIdentity offender, string prison = "LEI") => new()
    {
        Offender = offender,
        PrisonCode = prison,
        OnLicence = true,
        ReleasedAt = Now.AddDays(30),
    };

    public static OffenderReleased ReleasedAt(OffenderIdentity offender, DateTimeOffset at) => Released(offender) with { ReleasedAt = at };

    public static ReleaseDateSet ReleaseDate(OffenderIdentity offender, DateOnly date, DateTimeOffset? setAt = null) => new()
    {
        Offender = offender,
        PrisonCode = "LEI",
        ReceivedAt = Now,
        ReleaseDate = date,
        SetAt = setAt ?? Now,
    };

    public static ReleaseDateChanged ReleaseDateMoved(OffenderIdentity offender, DateOnly from, DateOnly to, DateTimeOffset changedAt) => new()
    {
        Offender = offender,
        PrisonCode = "LEI",
        PreviousReleaseDate = from,
        NewReleaseDate = to,
        Reason = ReleaseDateChangeReason.SentenceRecalculated,
        ChangedAt = changedAt,
    };

    public static PreReleaseNoticeAcknowledged Acknowledgement(Guid noticeId, DateTimeOffset at) => new()
    {
        NoticeId = noticeId,
        AcknowledgedBy = new OfficerContact { Name = "PS John Brown" },
        AcknowledgedAt = at,
    };

    public static NeedsAssessmentCompleted Assessed(OffenderIdentity offender, DateTimeOffset at) => new()
    {
        Offender = offender,
        PrisonCode = "LEI",
        CompletedAt = at,
    };

    public static OffenderArrested Arrested(OffenderIdentity offender, DateTimeOffset at) => new()
    {
        Offender = offender,
        CaseUrn = "13YY1234567",
        OffenceDescription = "Theft from a shop",
        ArrestedAt = at,
    };

    public static IntelligenceReported Intelligence(OffenderIdentity offender, DateTimeOffset at) => new()
    {
        Offender = offender,
        Category = IntelligenceCategory.Sighting,
        Reference = "LOG-2027-0042",
        RecordedAt = at,
    };

    public static DrugTestResult DrugTest(OffenderIdentity offender) => new()
    {
        Offender = offender, Outcome = DrugTestOutcome.Positive, Substances = [TestedSubstance.Opiates], TestedAt = Now,
    };

    public static ConsentGiven Consent(OffenderIdentity offender, IReadOnlyList<Agency> recipients) => new()
    {
        Offender = offender, Recipients = recipients, Purpose = "drug-treatment", GivenAt = Now.AddMinutes(-5),
    };

    public static ConsentWithdrawn Withdrawal(OffenderIdentity offender, IReadOnlyList<Agency> recipients) => new()
    {
        Offender = offender, Recipients = recipients, Purpose = "drug-treatment", WithdrawnAt = Now,
    };

    public static RecallRequested RecallRequest(OffenderIdentity offender, Guid recallId, DateTimeOffset at) => new()
    {
        RecallId = recallId, Offender = offender, Breach = LicenceBreachKind.MissedAppointments, Emergency = false, RequestedAt = at,
    };

    public static RecallArrestMade RecallArrest(OffenderIdentity offender, Guid recallId, DateTimeOffset at) => new()
    {
        RecallId = recallId, Offender = offender, ArrestedAt = at,
    };

    public static RecallDecided RecallDecidedAt(OffenderIdentity offender, Guid recallId, DateTimeOffset at,
        RecallDecision decision = RecallDecision.Recalled) => new()
    {
        RecallId = recallId, Offender = offender, Decision = decision, DecidedAt = at,
    };

    public static ReturnedToCustody ReturnedAt(OffenderIdentity offender, Guid recallId, DateTimeOffset at, string prison = "LEI") => new()
    {
        RecallId = recallId, Offender = offender, PrisonCode = prison, ReturnedAt = at,
    };
}
