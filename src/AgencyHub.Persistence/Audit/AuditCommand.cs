using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// <c>&lt;host&gt; audit verify</c>: checks every chain of the audit trail (<see cref="AuditVerification"/>) and prints
/// what it found. Exit code 0 when the trail is intact, 1 when an entry was tampered with (each chain's first bad entry
/// is named), 2 when it cannot be checked. Reading the entries needs the owner's connection string: the hosts' own
/// roles may only add to them.
/// </summary>
public sealed class AuditCommand(IDbContextFactory<HubDbContext> databases, TextWriter output)
{
    /// <summary>Runs the command given by <paramref name="args"/> (what follows <c>audit</c>).</summary>
    public async Task<int> Run(string[] args, CancellationToken cancellationToken)
    {
        if (args is not ["verify"])
        {
            await output.WriteLineAsync("usage: audit verify   (checks the audit trail; run with the database owner's connection string)");
            return 2;
        }
        AuditReport report;
        try
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            report = await AuditVerification.Check(db, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            await output.WriteLineAsync("audit verify: this database role may not read the audit trail; run it with the owner's " +
                "Persistence:ConnectionString (the hosts' roles may only add entries)");
            return 2;
        }
        foreach (var finding in report.Findings)
            await output.WriteLineAsync($"audit verify: chain {finding.Chain}, entry {finding.Position}: {finding.Problem}");
        await output.WriteLineAsync(report.Findings.Count == 0
            ? $"audit verify: intact ({report.Entries} entries checked)"
            : $"audit verify: {report.Findings.Count} chain(s) tampered with ({report.Entries} entries checked up to the first problem of each)");
        return report.Findings.Count == 0 ? 0 : 1;
    }
}
