using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

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
}
