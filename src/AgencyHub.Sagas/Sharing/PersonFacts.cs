using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Cases;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.People;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// What the hub knows of the person a delivery is about, at the moment of delivery, for the agreements' conditions:
/// who they are in the register, the schemes whose current PPO they are, and their date of birth.
/// </summary>
/// <param name="PersonId">The person in the register, or null when the register does not know them (or the identifiers conflict).</param>
/// <param name="CurrentSchemes">The schemes (codes) with an open case for them: selected, not de-selected or moved away.</param>
/// <param name="DateOfBirth">From the message, else from the register.</param>
public sealed record PersonFacts(Guid? PersonId, IReadOnlySet<string> CurrentSchemes, DateOnly? DateOfBirth)
{
    /// <summary>
    /// Reads the facts in the consuming transaction <paramref name="db"/>, including cases it has changed but not yet
    /// saved (a case selected by the message being consumed is current already).
    /// </summary>
    public static async Task<PersonFacts> Of(HubDbContext db, OffenderIdentity identity, CancellationToken cancellationToken)
    {
        if ((await PersonRegister.Find(db, identity, cancellationToken)).Person is not { } person)
            return new PersonFacts(null, new HashSet<string>(), identity.DateOfBirth);
        var local = db.Tracked<PpoCase>().Where(c => c.PersonId == person.PersonId).ToDictionary(c => c.CorrelationId);
        var stored = await CasesOf(db, person.PersonId).ToListAsync(cancellationToken);
        var schemes = stored.Where(c => !local.ContainsKey(c.CorrelationId)).Select(c => (c.SchemeCode, c.CurrentState))
            .Concat(local.Values.Select(c => (c.SchemeCode, c.CurrentState)))
            .Where(c => CaseStates.IsCurrent(c.CurrentState))
            .Select(c => c.SchemeCode)
            .ToHashSet(StringComparer.Ordinal);
        return new PersonFacts(person.PersonId, schemes, identity.DateOfBirth ?? person.DateOfBirth);
    }

    sealed record StoredCase(Guid CorrelationId, string SchemeCode, string CurrentState);

    // Compiled once: the gate asks it for most deliveries a case does not raise.
    static readonly Func<HubDbContext, Guid, IAsyncEnumerable<StoredCase>> CasesOf = EF.CompileAsyncQuery(
        (HubDbContext db, Guid personId) => db.Cases.AsNoTracking().Where(c => c.PersonId == personId)
            .Select(c => new StoredCase(c.CorrelationId, c.SchemeCode, c.CurrentState)));
}
