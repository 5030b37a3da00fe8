using System.Text.Json.Nodes;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>
/// Message bodies as an agency's system would post them: plain JSON in the wire format (camel case, enums as
/// names), written here rather than serialised from the contract types so the tests pin the wire format.
/// </summary>
public static class Bodies
{
    public const string SchemeCode = "CDRP-LEEDS";
    public const string SchemeName = "Leeds PPO scheme";
    public const string LeadOfficer = "DC Jane Smith";
    public const string SelectionReason = "Burglary dwelling, 14 offences in 12 months";

    /// <summary>A <c>ppo-selected</c> posted by the police.</summary>
    public static JsonObject PpoSelected(string pncId) => new()
    {
        ["offender"] = new JsonObject { ["pncId"] = pncId },
        ["scheme"] = new JsonObject { ["code"] = SchemeCode, ["name"] = SchemeName },
        ["leadOfficer"] = new JsonObject { ["name"] = LeadOfficer, ["telephone"] = "0113 496 0000" },
        ["selectionReason"] = SelectionReason,
        ["selectedAt"] = "2026-11-20T09:30:00Z",
    };

    /// <summary>A <c>reception-into-custody</c> posted by a prison.</summary>
    public static JsonObject Reception(string pncId, string prisonCode = "LEI") => new()
    {
        ["offender"] = new JsonObject { ["pncId"] = pncId },
        ["prisonCode"] = prisonCode,
        ["reason"] = "remand",
        ["receivedAt"] = "2026-11-23T09:30:00Z",
    };

    /// <summary>An <c>offender-released</c> on licence, posted by a prison.</summary>
    public static JsonObject Release(string pncId, DateTimeOffset releasedAt, string prisonCode = "LEI") => new()
    {
        ["offender"] = new JsonObject { ["pncId"] = pncId },
        ["prisonCode"] = prisonCode,
        ["onLicence"] = true,
        ["releasedAt"] = releasedAt.ToString("O"),
    };

    /// <summary><paramref name="body"/> changed by <paramref name="change"/>, for the bad-input tests.</summary>
    public static JsonObject With(this JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body;
    }

    /// <summary>A <c>recall-requested</c> posted by probation.</summary>
    public static JsonObject RecallRequested(string pncId, Guid recallId, DateTimeOffset at) => new()
    {
        ["recallId"] = recallId,
        ["offender"] = new JsonObject { ["pncId"] = pncId },
        ["breach"] = "missedAppointments",
        ["emergency"] = false,
        ["requestedAt"] = at.ToString("O"),
    };

    /// <summary>A <c>recall-decided</c> with <c>recalled</c>, posted by the ERRS through the prison adapter.</summary>
    public static JsonObject RecallDecided(string pncId, Guid recallId, DateTimeOffset at) => new()
    {
        ["recallId"] = recallId,
        ["offender"] = new JsonObject { ["pncId"] = pncId },
        ["decision"] = "recalled",
        ["decidedAt"] = at.ToString("O"),
    };

    /// <summary>A <c>returned-to-custody</c> posted by a prison.</summary>
    public static JsonObject ReturnedToCustody(string pncId, Guid recallId, DateTimeOffset at, string prisonCode = "LEI") => new()
    {
        ["recallId"] = recallId,
        ["offender"] = new JsonObject { ["pncId"] = pncId },
        ["prisonCode"] = prisonCode,
        ["returnedAt"] = at.ToString("O"),
    };
}
