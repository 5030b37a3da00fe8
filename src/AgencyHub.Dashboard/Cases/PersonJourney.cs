using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Database;
using AgencyHub.Persistence.People;
using AgencyHub.Persistence.Release;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Cases;

/// <summary>What the journey page shows of one person, read in one go.</summary>
public sealed record PersonJourney(
    PersonRecord Person, List<PpoCase> Cases, List<JourneyEvent> Timeline, List<ReleaseWarning> Warnings, IReadOnlyList<Disclosure> Disclosures)
{
    /// <summary>Reads <paramref name="person"/>'s journey; the timeline in the order things happened, across all their cases.</summary>
    public static async Task<PersonJourney> Of(HubDbContext db, PersistenceOptions persistence, PersonRecord person, CancellationToken cancellationToken)
    {
        // Ordered here: SQLite cannot order by a DateTimeOffset.
        var cases = (await db.Cases.AsNoTracking().Where(c => c.PersonId == person.PersonId).ToListAsync(cancellationToken))
            .OrderBy(c => c.SelectedAt).ToList();
        var schemes = cases.ToDictionary(c => c.CorrelationId, c => c.SchemeName);
        var ids = schemes.Keys.ToList();
        var entries = await db.CaseTimeline.AsNoTracking().Where(e => ids.Contains(e.CaseId)).ToListAsync(cancellationToken);
        var timeline = entries
            .Select(e => new JourneyEvent(e.At, e.Sender, e.MessageType, schemes[e.CaseId], e.State, e.Summary))
            .OrderBy(e => e.At).ThenBy(e => e.Scheme, StringComparer.Ordinal)
            .ToList();
        var warnings = await db.ReleaseWarnings.AsNoTracking().Where(w => w.PersonId == person.PersonId).ToListAsync(cancellationToken);
        var disclosures = await DisclosureReport.About(db, persistence, PersonReference.AllOf(person), cancellationToken);
        return new PersonJourney(person, cases, timeline, warnings, disclosures);
    }
}

/// <summary>One line of a journey's timeline: a message a case took in, and the state it left the case in.</summary>
public sealed record JourneyEvent(DateTimeOffset At, string Sender, string MessageType, string Scheme, string State, string Summary);
