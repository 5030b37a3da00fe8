using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Audit;

/// <summary>
/// The audit trail's chains catch whatever was done to them behind the hub's back: each test writes three entries to
/// the police chain through real acts (key changes; one chain per party here, so they are the same chain), tampers with
/// the table as someone with the owner's access could, and expects <see cref="AuditVerification"/> to name the first
/// entry that is no longer as written.
/// </summary>
public sealed class AuditVerificationTests : IAsyncLifetime
{
    ServiceProvider _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.NewMigrated(("Persistence:AuditChains", "1"));
        var keys = ActivatorUtilities.CreateInstance<ApiKeyStore>(_database);
        var key = await keys.Create("police", "Lancashire custody system", DateTimeOffset.UtcNow.AddDays(30), "operator Siân O'Brien", CancellationToken.None);
        await keys.Rotate(key.Record.Prefix, TimeSpan.FromDays(1), DateTimeOffset.UtcNow.AddDays(60), "operator jo", CancellationToken.None);
        await keys.Revoke(key.Record.Prefix, "operator jo", CancellationToken.None);
        await keys.Create("prison", "Leeds custody system", DateTimeOffset.UtcNow.AddDays(30), "operator jo", CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_untouched_trail_is_intact_and_each_chain_links_its_entries_in_order()
    {
        var report = await Verify();

        Assert.Empty(report.Findings);
        Assert.Equal(4, report.Entries);
        await using var db = await _database.Open();
        var police = await db.AuditEntries.Where(e => e.Agency == "police").OrderBy(e => e.Position).ToListAsync();
        Assert.Equal([1L, 2L, 3L], police.Select(e => e.Position));
        Assert.Equal(AuditHash.Start, police[0].PreviousHash);
        Assert.Equal(police[0].Hash, police[1].PreviousHash);
        Assert.Equal(AuditCategory.Alteration, police[0].Category);
        var head = await db.AuditHeads.SingleAsync(h => h.Agency == "police");
        Assert.All(police, e => Assert.Equal(head.Chain, e.Chain));
        Assert.Equal(3, head.Position);
        Assert.Equal(police[2].Hash, head.Hash);
    }

    [Fact]
    public async Task An_edited_entry_is_named()
    {
        await Tamper("UPDATE audit_entries SET actor = 'nobody' WHERE agency = 'police' AND position = 2");

        Assert.Equal([new AuditFinding("police/0", 2, "edited or moved: its content does not match its hash")], (await Verify()).Findings);
    }

    [Fact]
    public async Task A_deleted_entry_is_named()
    {
        await Tamper("DELETE FROM audit_entries WHERE agency = 'police' AND position = 2");

        Assert.Equal([new AuditFinding("police/0", 2, "deleted: entry 2 is missing (the next is 3)")], (await Verify()).Findings);
    }

    [Fact]
    public async Task A_cut_at_the_end_shows_against_the_chains_head()
    {
        await Tamper("DELETE FROM audit_entries WHERE agency = 'police' AND position = 3");

        Assert.Equal([new AuditFinding("police/0", 3, "deleted: entries 3 to 3 at the end are missing")], (await Verify()).Findings);
    }

    [Fact]
    public async Task An_entry_inserted_after_the_head_is_named_though_its_hash_is_well_formed()
    {
        await using (var db = await _database.Open())
        {
            var last = await db.AuditEntries.SingleAsync(e => e.Agency == "police" && e.Position == 3);
            var forged = new AuditEntry
            {
                Agency = "police", Chain = 0, Position = 4, At = last.At, Category = AuditCategory.Alteration, Action = AuditAction.KeyCreated,
                Actor = "intruder", PreviousHash = last.Hash,
            };
            forged.Hash = AuditHash.Of(forged);
            db.AuditEntries.Add(forged);
            await db.SaveChangesAsync();
        }

        Assert.Equal([new AuditFinding("police/0", 4, "inserted: entries after 3, the chain's head")], (await Verify()).Findings);
    }

    [Fact]
    public async Task Entries_moved_out_of_order_are_named()
    {
        await Tamper(
            "UPDATE audit_entries SET position = 0 WHERE agency = 'police' AND position = 1",
            "UPDATE audit_entries SET position = 1 WHERE agency = 'police' AND position = 2",
            "UPDATE audit_entries SET position = 2 WHERE agency = 'police' AND position = 0");

        Assert.Equal([new AuditFinding("police/0", 1, "edited or moved: its content does not match its hash")], (await Verify()).Findings);
    }

    [Fact]
    public async Task Each_chain_is_checked_on_its_own()
    {
        await Tamper("UPDATE audit_entries SET detail = 'altered' WHERE agency = 'prison' AND position = 1");

        var report = await Verify();

        Assert.Equal([new AuditFinding("prison/0", 1, "edited or moved: its content does not match its hash")], report.Findings);
        Assert.Equal(4, report.Entries);
    }

    [Fact]
    public async Task The_audit_verify_command_exits_0_when_intact_and_1_naming_the_first_bad_entry_when_not()
    {
        var (intact, intactOutput) = await RunCommand("verify");
        await Tamper("DELETE FROM audit_entries WHERE agency = 'police' AND position = 1");
        var (tampered, tamperedOutput) = await RunCommand("verify");
        var (usage, _) = await RunCommand("check");

        Assert.Equal((0, 1, 2), (intact, tampered, usage));
        Assert.Contains("intact (4 entries checked)", intactOutput);
        Assert.Contains("chain police/0, entry 1: deleted: entry 1 is missing (the next is 2)", tamperedOutput);
    }

    async Task<(int Exit, string Output)> RunCommand(params string[] args)
    {
        var output = new StringWriter();
        var exit = await ActivatorUtilities.CreateInstance<AuditCommand>(_database, output).Run(args, CancellationToken.None);
        return (exit, output.ToString());
    }

    async Task<AuditReport> Verify()
    {
        await using var db = await _database.Open();
        return await AuditVerification.Check(db, CancellationToken.None);
    }

    async Task Tamper(params string[] statements)
    {
        await using var db = await _database.Open();
        foreach (var statement in statements) await db.Database.ExecuteSqlRawAsync(statement);
    }
}
