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
    /// <summary>The figures of every scheme with cases, by name.</summary>
    public static async Task<List<SchemeFigure>> Of(HubDbContext db, CancellationToken cancellationToken)
    {
        var cases = await (from c in db.Cases.AsNoTracking()
                           join p in db.People.AsNoTracking() on c.PersonId equals p.PersonId
                           select new { c.CorrelationId, c.SchemeCode, c.SchemeName, c.DeselectedAt, c.NeedsAssessedAt, c.NeedsAssessmentEscalatedAt, Person = p })
            .ToListAsync(cancellationToken);
        var counted = new[] { Reception, Release, Recall };
        var messages = await db.CaseTimeline.AsNoTracking().Where(e => counted.Contains(e.MessageType))
            .GroupBy(e => new { e.CaseId, e.MessageType }).Select(g => new { g.Key.CaseId, g.Key.MessageType, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var warnings = (await db.ReleaseWarnings.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(w => w.SchemeCode);
        var schemeOf = cases.ToDictionary(c => c.CorrelationId, c => c.SchemeCode);
        int Messages(string scheme, string type) => messages.Where(m => m.MessageType == type && schemeOf.GetValueOrDefault(m.CaseId) == scheme).Sum(m => m.Count);

        return [.. cases.GroupBy(c => (c.SchemeCode, c.SchemeName)).OrderBy(g => g.Key.SchemeName, StringComparer.Ordinal).Select(scheme =>
        {
            var current = scheme.Where(c => c.DeselectedAt == null).ToList();
            int Where(Whereabouts whereabouts) => current.Count(c => WhereaboutsOf.Of(c.Person) == whereabouts);
            var schemeWarnings = warnings[scheme.Key.SchemeCode].ToList();
            var met = scheme.Count(c => c.NeedsAssessedAt != null && c.NeedsAssessmentEscalatedAt == null)
                + schemeWarnings.Count(w => w.FirstNoticeAcknowledgedAt <= w.FirstNoticeAcknowledgeBy)
                + schemeWarnings.Count(w => w.ReminderAcknowledgedAt <= w.ReminderAcknowledgeBy);
            var breached = scheme.Count(c => c.NeedsAssessmentEscalatedAt != null)
                + schemeWarnings.Count(w => w.FirstNoticeEscalatedAt != null) + schemeWarnings.Count(w => w.ReminderEscalatedAt != null);
            return new SchemeFigure(scheme.Key.SchemeCode, scheme.Key.SchemeName, current.Count, Where(Whereabouts.InCustody),
                Where(Whereabouts.RecallOutstanding), Where(Whereabouts.OnLicence), Where(Whereabouts.InCommunity), Where(Whereabouts.AtLarge),
                scheme.Count() - current.Count, Messages(scheme.Key.SchemeCode, Reception), Messages(scheme.Key.SchemeCode, Release),
                Messages(scheme.Key.SchemeCode, Recall), met, breached);
        })];
    }

    const string Reception = "reception-into-custody";
    const string Release = "offender-released";
    const string Recall = "recall-decided";
}
