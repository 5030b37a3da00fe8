using AgencyHub.Persistence;
using AgencyHub.Persistence.People;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Dashboard.Figures;

/// <summary>
/// One scheme's figures for its LCJB and Government Office (Offender Management Update 2009 §4.4: the balance of PPOs
/// in the community and in custody). Where PPOs are counts the scheme's current PPOs by the register's record of
/// custody; receptions, releases and recalls count the messages their cases took in; deadlines met and breached count
/// the needs assessments and the police's acknowledgements of pre-release notices, from the sagas' own rows.
/// </summary>
public sealed record SchemeFigure(string SchemeCode, string SchemeName, int Ppos, int InCustody, int RecallOutstanding, int OnLicence,
    int InCommunity, int AtLarge, int Deselected, int Receptions, int Releases, int Recalls, int DeadlinesMet, int DeadlinesBreached)
{
    /// <summary>The figures of every scheme with cases, by name; read by projection and counted in the database where it can.</summary>
    public static async Task<List<SchemeFigure>> Of(HubDbContext db, CancellationToken cancellationToken)
    {
        var cases = await (from c in db.Cases.AsNoTracking()
                           join p in db.People.AsNoTracking() on c.PersonId equals p.PersonId
                           select new CaseFacts(c.SchemeCode, c.SchemeName, c.DeselectedAt != null, c.NeedsAssessedAt != null && c.NeedsAssessmentEscalatedAt == null,
                               c.NeedsAssessmentEscalatedAt != null,
                               WhereaboutsOf.Of(p.PrisonCode != null, p.RecallId != null, p.ReleasedAt != null, p.ReleasedOnLicence)))
            .ToListAsync(cancellationToken);
        var counted = new[] { Reception, Release, Recall };
        var messages = (await (from e in db.CaseTimeline.AsNoTracking()
                               join c in db.Cases.AsNoTracking() on e.CaseId equals c.CorrelationId
                               where counted.Contains(e.MessageType)
                               group e by new { c.SchemeCode, e.MessageType } into g
                               select new { g.Key.SchemeCode, g.Key.MessageType, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(m => (m.SchemeCode, m.MessageType), m => m.Count);
        // Met: acknowledged by the deadline. SQLite cannot compare instants in a query: compared here.
        var warnings = (await db.ReleaseWarnings.AsNoTracking()
                .Select(w => new { w.SchemeCode, w.FirstNoticeAcknowledgedAt, w.FirstNoticeAcknowledgeBy, w.ReminderAcknowledgedAt, w.ReminderAcknowledgeBy,
                    Escalations = (w.FirstNoticeEscalatedAt != null ? 1 : 0) + (w.ReminderEscalatedAt != null ? 1 : 0) })
                .ToListAsync(cancellationToken))
            .ToLookup(w => w.SchemeCode);
        int Messages(string scheme, string type) => messages.GetValueOrDefault((scheme, type));

        return [.. cases.GroupBy(c => (c.SchemeCode, c.SchemeName)).OrderBy(g => g.Key.SchemeName, StringComparer.Ordinal).Select(scheme =>
        {
            var current = scheme.Where(c => !c.Deselected).ToList();
            int Where(Whereabouts whereabouts) => current.Count(c => c.Whereabouts == whereabouts);
            var schemeWarnings = warnings[scheme.Key.SchemeCode].ToList();
            var met = scheme.Count(c => c.AssessedInTime)
                + schemeWarnings.Count(w => w.FirstNoticeAcknowledgedAt <= w.FirstNoticeAcknowledgeBy)
                + schemeWarnings.Count(w => w.ReminderAcknowledgedAt <= w.ReminderAcknowledgeBy);
            var breached = scheme.Count(c => c.AssessmentEscalated) + schemeWarnings.Sum(w => w.Escalations);
            return new SchemeFigure(scheme.Key.SchemeCode, scheme.Key.SchemeName, current.Count, Where(Whereabouts.InCustody),
                Where(Whereabouts.RecallOutstanding), Where(Whereabouts.OnLicence), Where(Whereabouts.InCommunity), Where(Whereabouts.AtLarge),
                scheme.Count() - current.Count, Messages(scheme.Key.SchemeCode, Reception), Messages(scheme.Key.SchemeCode, Release),
                Messages(scheme.Key.SchemeCode, Recall), met, breached);
        })];
    }

    sealed record CaseFacts(string SchemeCode, string SchemeName, bool Deselected, bool AssessedInTime, bool AssessmentEscalated, Whereabouts Whereabouts);

    const string Reception = "reception-into-custody";
    const string Release = "offender-released";
    const string Recall = "recall-decided";
}
