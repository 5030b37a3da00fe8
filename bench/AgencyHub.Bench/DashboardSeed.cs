using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Cases;
using AgencyHub.Persistence.Failures;
using AgencyHub.Persistence.People;
using AgencyHub.Persistence.Release;
using AgencyHub.Persistence.Sharing;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Bench;

/// <summary>
/// A store as a busy hub's would be after some years: <see cref="Cases"/> PPO cases in twenty schemes, each with its
/// person, a timeline of six messages and four disclosures in the audit trail; release warnings for those in custody
/// (a few with notices overdue); some hundreds of held deliveries and failed messages. Written straight into the
/// tables, in batches, as the sagas would have left them: the dashboard reads nothing else.
/// </summary>
public sealed class DashboardSeed(int cases, DateTimeOffset now)
{
    const int Batch = 500;
    static readonly string[] States = ["InCommunity", "InCustody", "OnLicence", "RecallOutstanding", "InCustody", "Deselected"];
    static readonly string[] Messages = ["ppo-selected", "offender-arrested", "reception-into-custody", "needs-assessment-completed", "release-date-set", "offender-released"];

    public int Cases => cases;

    /// <summary>The people written, in order: a search or a journey picks among them.</summary>
    public List<PersonRecord> People { get; } = [];

    public async Task Write(IDbContextFactory<HubDbContext> databases, AuditTrail audit)
    {
        for (var first = 0; first < cases; first += Batch)
        {
            await using var db = await databases.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var disclosures = new List<AuditEntry>();
            for (var i = first; i < Math.Min(first + Batch, cases); i++)
            {
                var person = Person(i);
                People.Add(person);
                db.People.Add(person);
                var ppoCase = Case(i, person);
                db.Cases.Add(ppoCase);
                if (ppoCase.CurrentState == "InCustody") db.ReleaseWarnings.Add(Warning(i, person, ppoCase));
                disclosures.AddRange(Disclosures(i, ppoCase));
                if (i % 30 == 0) db.HeldDeliveries.Add(Held(i, ppoCase));
                if (i % 30 == 15) db.FailedMessages.Add(Failed(i, ppoCase));
            }
            await db.SaveChangesAsync();
            await audit.Append(db, disclosures, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
    }

    DateTimeOffset DaysAgo(double days) => now - TimeSpan.FromDays(days);

    static PersonRecord Person(int i)
    {
        var serial = (1_000_000 + i).ToString("D7");
        return new PersonRecord
        {
            PersonId = Guid.NewGuid(),
            PncId = $"2004/{serial}{PncId.CheckCharacter("2004", serial)}",
            PrisonNumber = $"A{i % 10_000:D4}{(char)('A' + i / 10_000 % 26)}{(char)('A' + i / 260_000 % 26)}",
            Crn = $"X{i:D6}",
            DateOfBirth = new DateOnly(1970, 1, 1).AddDays(i % 12_000),
        };
    }

    PpoCase Case(int i, PersonRecord person)
    {
        var state = States[i % States.Length];
        var selected = DaysAgo(i % 700 + 1);
        if (state is "InCustody" or "RecallOutstanding")
        {
            person.PrisonCode = state == "InCustody" ? $"P{i % 40:D2}" : null;
            person.InCustodySince = state == "InCustody" ? DaysAgo(i % 300) : null;
            person.RecalledAt = state == "RecallOutstanding" ? DaysAgo(i % 5) : null;
            person.RecallId = state == "RecallOutstanding" ? Guid.NewGuid() : null;
            person.ReleaseDate = DateOnly.FromDateTime(now.AddDays(i % 200 + 1).UtcDateTime);
        }
        else if (state == "OnLicence")
        {
            person.ReleasedAt = DaysAgo(i % 90 + 1);
            person.ReleasedOnLicence = true;
        }
        person.RegisteredAt = selected;
        var assessed = i % 7 != 0;
        var ppoCase = new PpoCase
        {
            CorrelationId = Guid.NewGuid(), CurrentState = state, PersonId = person.PersonId,
            SchemeCode = $"S{i % 20:D2}", SchemeName = $"Scheme {i % 20:D2} – Caerdydd a’r Fro",
            PncId = person.PncId, PrisonNumber = person.PrisonNumber, Crn = person.Crn,
            LeadOfficerName = "DS O'Brien", SelectionReason = "matrix score", SelectedAt = selected,
            NeedsAssessmentDueAt = selected + TimeSpan.FromDays(20), NeedsAssessedAt = assessed ? selected + TimeSpan.FromDays(10) : null,
            NeedsAssessmentEscalatedAt = !assessed && selected + TimeSpan.FromDays(20) < now ? selected + TimeSpan.FromDays(20) : null,
            InactivityReviewDueAt = state == "Deselected" ? null : now + TimeSpan.FromDays(i % 180 - 10),
            ListReviewDueAt = state == "Deselected" ? null : selected + TimeSpan.FromDays(730),
            ReselectionReviewDueAt = state == "InCustody" ? now + TimeSpan.FromDays(i % 200 - 30) : null,
            DeselectedAt = state == "Deselected" ? DaysAgo(i % 30) : null,
            DeselectionCriterion = state == "Deselected" ? "1" : null,
        };
        for (var e = 0; e < Messages.Length; e++)
            ppoCase.Timeline.Add(new CaseTimelineEntry
            {
                CaseId = ppoCase.CorrelationId, Sequence = e + 1, At = selected + TimeSpan.FromDays(e * 3), MessageType = Messages[e],
                MessageId = Guid.NewGuid(), Sender = e % 2 == 0 ? "police" : "prison", State = state, Summary = $"{Messages[e]} <b>recorded</b>",
            });
        ppoCase.TimelineLength = Messages.Length;
        return ppoCase;
    }

    ReleaseWarning Warning(int i, PersonRecord person, PpoCase ppoCase)
    {
        var release = person.ReleaseDate!.Value;
        var releaseAt = new DateTimeOffset(release.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var notice = releaseAt - TimeSpan.FromDays(28);
        var noticed = notice < now;
        return new ReleaseWarning
        {
            CorrelationId = Guid.NewGuid(), CurrentState = noticed ? "Notified" : "Planned", PersonId = person.PersonId,
            SchemeCode = ppoCase.SchemeCode, SchemeName = ppoCase.SchemeName, PrisonCode = person.PrisonCode ?? "P00", ReleaseDate = release,
            FirstNoticeDueAt = notice, FirstNoticeId = noticed ? Guid.NewGuid() : null,
            FirstNoticeAcknowledgeBy = noticed ? notice + TimeSpan.FromDays(2) : null,
            FirstNoticeAcknowledgedAt = noticed && i % 5 != 0 ? notice + TimeSpan.FromDays(1) : null,
            ReminderDueAt = releaseAt - TimeSpan.FromDays(7),
        };
    }

    IEnumerable<AuditEntry> Disclosures(int i, PpoCase ppoCase) =>
        new[] { "prison", "probation", "cjit", "police" }.Select((recipient, n) => new AuditEntry
        {
            At = ppoCase.SelectedAt + TimeSpan.FromDays(n), Agency = recipient, Actor = recipient, Action = AuditAction.Delivered,
            PersonReference = $"pnc:{ppoCase.PncId}", Recipient = recipient, Purpose = "offender management", Agreement = "ppo-core v1",
            MessageId = Guid.NewGuid(), MessageType = Messages[n],
        });

    HeldDelivery Held(int i, PpoCase ppoCase) => new()
    {
        DeliveryId = Guid.NewGuid(), Sender = "police", Recipient = i % 60 == 0 ? "cjit" : "yot", MessageType = "ppo-selected",
        Purpose = "offender management", SourceMessageId = Guid.NewGuid(), PersonReference = $"pnc:{ppoCase.PncId}",
        Reason = i % 60 == 0 ? "no consent on record" : "not under 18", HeldAt = DaysAgo(i % 40), Payload = "{}",
    };

    FailedMessage Failed(int i, PpoCase ppoCase) => new()
    {
        Id = Guid.NewGuid(), Agency = "prison", Source = FailureSource.Queue, Endpoint = "prison-deliveries", MessageId = Guid.NewGuid(),
        MessageType = "reception-into-custody", Sender = "prison", Cause = i % 4 == 1 ? "TimeoutException" : "JsonException",
        Reason = "the agency's system did not answer", PersonReference = $"pnc:{ppoCase.PncId}", ContentType = "application/json", Body = "{}",
        FirstFailedAt = DaysAgo(i % 20 + 1), LastFailedAt = DaysAgo(i % 20), Failures = 3, Status = FailureStatus.Failed,
    };
}
