using System.Text;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence.Health;
using AgencyHub.Persistence.Feeds;
using AgencyHub.Persistence.Ingress;
using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.People;
using AgencyHub.Persistence.Recall;
using AgencyHub.Persistence.Release;
using AgencyHub.Persistence.Selection;
using AgencyHub.Persistence.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AgencyHub.Persistence;

/// <summary>
/// The hub's durable state, the same schema on PostgreSQL and SQLite: the PPO register (people and their cases), release warnings, the
/// selection-matrix scores, the inbox and outbox, accepted ingress messages, the agencies' feeds, the agency systems' API keys,
/// the audit trail, the data-sharing agreements, consent records, held deliveries and failed messages. Tables and columns have snake_case names
/// so the few hand-written statements read the same on both databases.
/// </summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    /// <summary>Everyone the hub knows.</summary>
    public DbSet<PersonRecord> People => Set<PersonRecord>();

    /// <summary>PPO cases: one per person per scheme.</summary>
    public DbSet<PpoCase> Cases => Set<PpoCase>();

    /// <summary>Every message that changed a PPO case.</summary>
    public DbSet<CaseTimelineEntry> CaseTimeline => Set<CaseTimelineEntry>();

    /// <summary>Pre-release notices to the police: one release warning per PPO case.</summary>
    public DbSet<ReleaseWarning> ReleaseWarnings => Set<ReleaseWarning>();

    /// <summary>The recall each PPO case chases.</summary>
    public DbSet<RecallWatch> Recalls => Set<RecallWatch>();

    /// <summary>Every selection-matrix score given, with its breakdown.</summary>
    public DbSet<SelectionScoreRecord> SelectionScores => Set<SelectionScoreRecord>();

    /// <summary>Received messages, per consumer.</summary>
    public DbSet<InboxEntry> Inbox => Set<InboxEntry>();

    /// <summary>Messages waiting to be sent.</summary>
    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();

    /// <summary>Messages agencies posted that are not yet on the bus.</summary>
    public DbSet<AcceptedMessage> AcceptedMessages => Set<AcceptedMessage>();

    /// <summary>The message ids agencies have used, with a hash of each message.</summary>
    public DbSet<IngressId> IngressIds => Set<IngressId>();

    /// <summary>Deliveries waiting for agencies.</summary>
    public DbSet<FeedEntry> FeedEntries => Set<FeedEntry>();

    /// <summary>Each feed's position.</summary>
    public DbSet<FeedHead> FeedHeads => Set<FeedHead>();

    /// <summary>The agency systems' API keys (hashes only).</summary>
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    /// <summary>The audit trail: every collection, consultation, disclosure and alteration, chained per party.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The end of each chain of the audit trail.</summary>
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    /// <summary>Every version of every data-sharing agreement.</summary>
    public DbSet<AgreementRecord> Agreements => Set<AgreementRecord>();

    /// <summary>Consent given and withdrawn, per person.</summary>
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    /// <summary>Deliveries the gate refused, kept for release.</summary>
    public DbSet<HeldDelivery> HeldDeliveries => Set<HeldDelivery>();

    /// <summary>Each agreement's review watch (a saga).</summary>
    public DbSet<AgreementReview> AgreementReviews => Set<AgreementReview>();

    /// <summary>Messages that failed or were parked, waiting for an operator.</summary>
    public DbSet<FailedMessage> FailedMessages => Set<FailedMessage>();

    /// <summary>Each running host's latest heartbeat and vitals.</summary>
    public DbSet<HostHeartbeat> HostHeartbeats => Set<HostHeartbeat>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        // PostgreSQL stores instants in UTC and refuses other offsets; SQLite compares them as text. UTC for both.
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<PersonRecord>(person =>
        {
            person.ToTable("people").HasKey(p => p.PersonId);
            person.Property(p => p.Version).IsConcurrencyToken();
            person.HasIndex(p => p.PncId).IsUnique();
            person.HasIndex(p => p.CroNumber).IsUnique();
            person.HasIndex(p => p.PrisonNumber).IsUnique();
            person.HasIndex(p => p.Crn).IsUnique();
        });
        model.Entity<PpoCase>(ppoCase =>
        {
            ppoCase.ToTable("ppo_cases").HasKey(c => c.CorrelationId);
            ppoCase.Property(c => c.Version).IsConcurrencyToken();
            ppoCase.HasIndex(c => c.PersonId);
            ppoCase.HasMany(c => c.Timeline).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ReleaseWarning>(warning =>
        {
            warning.ToTable("release_warnings").HasKey(w => w.CorrelationId);
            warning.Property(w => w.Version).IsConcurrencyToken();
            // A police acknowledgement quotes only the notice: these find its warning.
            warning.HasIndex(w => w.FirstNoticeId);
            warning.HasIndex(w => w.ReminderId);
            warning.HasIndex(w => w.PersonId);
        });
        model.Entity<RecallWatch>(recall =>
        {
            recall.ToTable("recalls").HasKey(r => r.CorrelationId);
            recall.Property(r => r.Version).IsConcurrencyToken();
            recall.HasIndex(r => r.PersonId);
        });
        model.Entity<CaseTimelineEntry>().ToTable("ppo_case_timeline").HasKey(e => new { e.CaseId, e.Sequence });
        model.Entity<SelectionScoreRecord>().ToTable("selection_scores").HasKey(s => s.ScoreId);
        model.Entity<InboxEntry>().ToTable("inbox").HasKey(e => new { e.MessageId, e.ConsumerId });
        model.Entity<OutboxEntry>(outbox =>
        {
            outbox.ToTable("outbox").HasKey(e => new { e.InboxMessageId, e.InboxConsumerId, e.SequenceNumber });
        });
        model.Entity<AcceptedMessage>(accepted =>
        {
            accepted.ToTable("accepted_messages").HasKey(m => m.Sequence);
            accepted.HasIndex(m => m.MessageId).IsUnique();
        });
        model.Entity<IngressId>(used =>
        {
            used.ToTable("ingress_ids").HasKey(i => i.MessageId);
            used.HasIndex(i => i.AcceptedAt);
        });
        model.Entity<FeedEntry>(entry =>
        {
            entry.ToTable("feed_entries").HasKey(e => new { e.Agency, e.Cursor });
            entry.HasIndex(e => new { e.Agency, e.DeliveryId }).IsUnique();
        });
        model.Entity<FeedHead>().ToTable("feed_heads").HasKey(h => h.Agency);
        model.Entity<ApiKeyRecord>(key =>
        {
            key.ToTable("api_keys").HasKey(k => k.KeyId);
            key.HasIndex(k => k.Prefix).IsUnique();
        });
        model.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries").HasKey(e => new { e.Agency, e.Chain, e.Position });
            entry.Property(e => e.Category).HasConversion<string>();
            entry.Property(e => e.Action).HasConversion<string>();
            entry.HasIndex(e => new { e.Agency, e.At });
            entry.HasIndex(e => e.PersonReference).HasFilter("action = 'Delivered'");
        });
        model.Entity<AuditHead>().ToTable("audit_heads").HasKey(h => new { h.Agency, h.Chain });
        model.Entity<AgreementRecord>().ToTable("agreement_versions").HasKey(a => new { a.AgreementId, a.Version });
        model.Entity<AgreementReview>(review =>
        {
            review.ToTable("agreement_reviews").HasKey(r => r.CorrelationId);
            review.Property(r => r.Version).IsConcurrencyToken();
        });
        model.Entity<ConsentRecord>(consent =>
        {
            consent.ToTable("consent_records").HasKey(c => c.ConsentId);
            consent.HasIndex(c => c.PersonId);
        });
        model.Entity<HeldDelivery>(held =>
        {
            held.ToTable("held_deliveries").HasKey(h => h.DeliveryId);
            held.HasIndex(h => h.HeldAt);
        });
        model.Entity<FailedMessage>(failed =>
        {
            failed.ToTable("failed_messages").HasKey(f => f.Id);
            failed.Property(f => f.Source).HasConversion<string>();
            failed.Property(f => f.Status).HasConversion<string>();
            failed.HasIndex(f => new { f.Endpoint, f.MessageId }).IsUnique();
            failed.HasIndex(f => f.Status);
        });
        model.Entity<HostHeartbeat>().ToTable("host_heartbeats").HasKey(h => h.Instance);
        UseSnakeCaseColumns(model);
    }

    static void UseSnakeCaseColumns(ModelBuilder model)
    {
        foreach (var property in model.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()))
            property.SetColumnName(SnakeCase(property.Name));
    }

    /// <summary><c>LastCursor</c> → <c>last_cursor</c>.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
