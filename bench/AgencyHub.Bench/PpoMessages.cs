using AgencyHub.Contracts.Custody;
using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;

namespace AgencyHub.Bench;

/// <summary>The people of (c) and (d) and the agencies' messages about them.</summary>
public static class PpoMessages
{
    public const string SchemeCode = "CDRP-BENCH";
    public const string PrisonCode = "LEI";

    static int _serial;

    /// <summary><paramref name="count"/> valid PNC IDs, each new to this process.</summary>
    public static string[] NewPncIds(int count)
    {
        var first = Interlocked.Add(ref _serial, count) - count;
        return [.. Enumerable.Range(first, count).Select(serial =>
        {
            var digits = serial.ToString("D7");
            return $"2020/{digits}{PncId.CheckCharacter("2020", digits)}";
        })];
    }

    public static PpoSelected Selection(string pncId) => new()
    {
        Offender = new OffenderIdentity { PncId = pncId },
        Scheme = new SchemeReference { Code = SchemeCode, Name = "Bench PPO scheme" },
        LeadOfficer = new OfficerContact { Name = "DC Bench", Telephone = "0113 000 0000" },
        SelectionReason = "Benchmark selection",
        SelectedAt = DateTimeOffset.UtcNow,
    };

    public static ReceptionIntoCustody Reception(string pncId) => new()
    {
        Offender = new OffenderIdentity { PncId = pncId },
        PrisonCode = PrisonCode,
        Reason = ReceptionReason.Remand,
        ReceivedAt = DateTimeOffset.UtcNow,
    };

    public static OffenderReleased Release(string pncId) => new()
    {
        Offender = new OffenderIdentity { PncId = pncId },
        PrisonCode = PrisonCode,
        OnLicence = true,
        ReleasedAt = DateTimeOffset.UtcNow,
    };
}
