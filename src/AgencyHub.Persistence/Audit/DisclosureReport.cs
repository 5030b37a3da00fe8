using AgencyHub.Persistence.Database;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// "Who received our data, when, under which agreement and why": the disclosures (deliveries appended to a feed) of
/// messages an agency sent, from the audit trail. The hosts' roles may not read the trail; on PostgreSQL the
/// orchestrator asks the function <c>agencyhub_disclosures</c> (migration <c>DisclosureReport</c>), which runs as the
/// owner and answers only this question.
/// </summary>
public static class DisclosureReport
{
    /// <summary>What <paramref name="sender"/> sent that reached a feed from <paramref name="from"/> until before <paramref name="until"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<Disclosure>> Of(HubDbContext db, PersistenceOptions persistence, string sender, DateTimeOffset from,
        DateTimeOffset until, CancellationToken cancellationToken)
    {
        if (persistence.Provider == DatabaseProvider.Postgres)
            return await db.Database.SqlQuery<Disclosure>($"""
                SELECT at AS "At", recipient AS "Recipient", message_type AS "MessageType", person_reference AS "PersonReference",
                       agreement AS "Agreement", purpose AS "Purpose", message_id AS "MessageId"
                FROM agencyhub_disclosures({sender}, {from}, {until})
                """).ToListAsync(cancellationToken);
        var detail = SentBy(sender);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Delivered && e.Detail == detail)
            .Select(e => new Disclosure(e.At, e.Recipient!, e.MessageType!, e.PersonReference, e.Agreement, e.Purpose, e.MessageId))
            .ToListAsync(cancellationToken);
        // Filtered and ordered here: SQLite cannot compare instants.
        return entries.Where(e => e.At >= from && e.At < until).OrderBy(e => e.At).ToList();
    }

    /// <summary>
    /// What reached a feed about the person the audit trail names by any of <paramref name="references"/>
    /// (<see cref="PersonReference.AllOf"/>), oldest first: on PostgreSQL through <c>agencyhub_person_disclosures</c>
    /// (migration <c>DashboardRole</c>), which only the dashboard's role may call besides the owner.
    /// </summary>
    public static async Task<IReadOnlyList<Disclosure>> About(HubDbContext db, PersistenceOptions persistence, IReadOnlyList<string> references,
        CancellationToken cancellationToken)
    {
        if (persistence.Provider == DatabaseProvider.Postgres)
        {
            var array = references.ToArray();
            return await db.Database.SqlQuery<Disclosure>($"""
                SELECT at AS "At", recipient AS "Recipient", message_type AS "MessageType", person_reference AS "PersonReference",
                       agreement AS "Agreement", purpose AS "Purpose", message_id AS "MessageId"
                FROM agencyhub_person_disclosures({array})
                """).ToListAsync(cancellationToken);
        }
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Delivered && e.PersonReference != null && references.Contains(e.PersonReference))
            .Select(e => new Disclosure(e.At, e.Recipient!, e.MessageType!, e.PersonReference, e.Agreement, e.Purpose, e.MessageId))
            .ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by an instant.
        return [.. entries.OrderBy(e => e.At)];
    }

    /// <summary>What a disclosure's entry says of its sender (<see cref="AuditEntry.Detail"/>).</summary>
    public static string SentBy(string sender) => $"sent by {sender}";
}

/// <summary>One disclosure: when, to whom, which message about whom, under which agreement and for what purpose.</summary>
public sealed record Disclosure(DateTimeOffset At, string Recipient, string MessageType, string? PersonReference, string? Agreement, string? Purpose,
    Guid? MessageId);
