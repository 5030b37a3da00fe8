using System.Text.Json;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// Whom a message is about, for the audit trail: the first identifier of its <c>offender</c> (PNC ID, CRO number,
/// prison number, CRN), e.g. <c>pnc:2004/0123456X</c>. A reference, not the person's details: enough to answer "who
/// received what about whom", and nothing more.
/// </summary>
public static class PersonReference
{
    static readonly (string Field, string Scheme)[] Identifiers = [("pncId", "pnc"), ("croNumber", "cro"), ("prisonNumber", "prison"), ("crn", "crn")];

    /// <summary>The reference in <paramref name="message"/> (contract JSON), or null when it names no offender.</summary>
    public static string? In(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("offender", out var offender) || offender.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var (field, scheme) in Identifiers)
            if (offender.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } id)
                return $"{scheme}:{id}";
        return null;
    }

    /// <summary>The reference in <paramref name="message"/>, a contract message's JSON text.</summary>
    public static string? In(string message)
    {
        using var document = JsonDocument.Parse(message);
        return In(document.RootElement);
    }
}
