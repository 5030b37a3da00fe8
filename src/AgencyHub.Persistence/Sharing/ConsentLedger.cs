using AgencyHub.Messaging.Time;
using AgencyHub.Contracts.Agencies;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Sharing;

/// <summary>
/// Whether a person's consent is in force for a delivery: of their consent records that cover the recipient, the
/// message type and the purpose, the latest by the time the person gave or withdrew it decides (a withdrawal stops
/// every disclosure after it is recorded; consent given again afterwards resumes them). A consent given for a fixed
/// period ends after its last day. The gate asks when it decides, and the recipient's adapter asks again just before the
/// delivery goes on its feed (a withdrawal recorded in between sends it back to the hub to be held).
/// </summary>
public static class ConsentLedger
{
    /// <summary>Null when consent is in force; otherwise why not, without personal data.</summary>
    public static async Task<string?> Refusal(HubDbContext db, Guid? personId, Agency recipient, string messageType, string purpose,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (personId is not { } id) return "the hub has no consent record for the person";
        var records = await db.Consents.AsNoTracking().Where(c => c.PersonId == id && c.Purpose == purpose).ToListAsync(cancellationToken);
        // At the same instant, a withdrawal is the later.
        var latest = records.Where(r => Covers(r, recipient, messageType)).OrderBy(r => r.At).ThenByDescending(r => r.Given).LastOrDefault();
        if (latest is null) return $"the person has not consented to {recipient.Slug()} receiving {messageType} for {purpose}";
        if (!latest.Given) return $"the person withdrew consent for {recipient.Slug()} at {latest.At:O}";
        if (latest.ExpiresOn is { } last && UkTime.DayOf(now) > last) return $"the person's consent for {recipient.Slug()} ended on {last:yyyy-MM-dd}";
        return null;
    }

    /// <summary>The slugs of a list of agencies, as a consent record keeps them.</summary>
    public static string Slugs(IEnumerable<Agency> agencies) => string.Join(',', agencies.Select(a => a.Slug()).Distinct());

    static bool Covers(ConsentRecord record, Agency recipient, string messageType) =>
        record.Recipients.Split(',').Contains(recipient.Slug())
        && (record.MessageTypes is null || record.MessageTypes.Split(',').Contains(messageType));
}
