using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence;
using AgencyHub.Persistence.People;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Sagas.People;

/// <summary>
/// Resolves the identifiers in a message to one person in the register. Only whole, canonical identifiers are
/// compared, never a prefix or a name. A message whose identifiers point at two people, or contradict the person
/// they point at (the same kind of identifier with another value), matches nobody: the hub must never merge two
/// people on a weak match (docs/domain.md, "Identifiers"). A message that agrees with a person and adds an identifier
/// teaches the register that identifier (and a date of birth it lacked). Works in the caller's transaction; the unique index on each identifier
/// makes two hosts registering the same new person at once fail one of them, whose retry then finds the other's.
/// Resolving a person the register holds locks their row (on PostgreSQL, <c>FOR UPDATE</c>) to the end of the
/// transaction: messages about one person take turns, each reading what the one before it committed, instead of
/// conflicting at their commits. SQLite takes one writer at a time anyway.
/// </summary>
public static class PersonRegister
{
    /// <summary>
    /// Finds the person <paramref name="identity"/> describes; when none matches, registers a new one at
    /// <paramref name="now"/> if <paramref name="registerIfNew"/>, else matches nobody.
    /// </summary>
    public static async Task<PersonMatch> Resolve(HubDbContext db, OffenderIdentity identity, bool registerIfNew, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var known = identity.Normalised();
        var match = await Match(db, known, db.Database.IsNpgsql() ? LockedHolding : Holding, cancellationToken);
        if (match.Conflict is not null) return match;
        if (match.Person is not { } person)
        {
            if (!registerIfNew) return match;
            person = new PersonRecord { PersonId = Guid.NewGuid(), DateOfBirth = known.DateOfBirth, RegisteredAt = now };
            Learn(person, known.Identifiers());
            db.People.Add(person);
            return PersonMatch.Found(person);
        }
        var onRecord = IdentityOf(person).Identifiers().Select(id => id.Kind).ToHashSet();
        var added = known.Identifiers().Where(id => !onRecord.Contains(id.Kind)).ToList();
        var learnsBirth = person.DateOfBirth is null && known.DateOfBirth is not null;
        if (added.Count > 0 || learnsBirth)
        {
            Learn(person, added);
            person.DateOfBirth ??= known.DateOfBirth;
            person.Version++;
        }
        return match;
    }

    /// <summary>
    /// The person <paramref name="identity"/> describes, without registering or teaching the register anything: for
    /// reading what the hub knows of them.
    /// </summary>
    public static Task<PersonMatch> Find(HubDbContext db, OffenderIdentity identity, CancellationToken cancellationToken) =>
        Match(db, identity.Normalised(), Holding, cancellationToken);

    static async Task<PersonMatch> Match(HubDbContext db, OffenderIdentity known, HoldingQuery holding, CancellationToken cancellationToken)
    {
        // Someone this transaction already holds with every identifier given is the only one who can hold them (each is
        // unique): the gate asks again about the person the intake has just resolved, and needs no query for it.
        if (db.Tracked<PersonRecord>().FirstOrDefault(p => HoldsAll(p, known)) is { } tracked) return PersonMatch.Found(tracked);
        var candidates = await holding(db, known.PncId, known.CroNumber, known.PrisonNumber, known.Crn).ToListAsync(cancellationToken);
        if (candidates.Count > 1)
            return PersonMatch.Conflicting($"the identifiers ({Describe(known.Identifiers())}) belong to {candidates.Count} different people");
        if (candidates.Count == 0) return PersonMatch.Unknown;
        var match = candidates[0];
        var onRecord = IdentityOf(match).Identifiers().ToDictionary(id => id.Kind, id => id.Value);
        var contradicted = known.Identifiers().Where(id => onRecord.TryGetValue(id.Kind, out var value) && value != id.Value).ToList();
        return contradicted.Count > 0
            ? PersonMatch.Conflicting(
                $"the {Describe(contradicted)} contradicts the {string.Join(", ", contradicted.Select(c => c.Kind.Describe()))} on record for the person the other identifiers match")
            : PersonMatch.Found(match);
    }

    delegate IAsyncEnumerable<PersonRecord> HoldingQuery(HubDbContext db, string? pncId, string? croNumber, string? prisonNumber, string? crn);

    // Everyone holding any of the identifiers given; compiled once, as every custody and selection message asks it.
    static readonly HoldingQuery Holding = new(EF.CompileAsyncQuery(
        (HubDbContext db, string? pncId, string? croNumber, string? prisonNumber, string? crn) => db.People.AsTracking()
            .Where(p => (pncId != null && p.PncId == pncId)
                || (croNumber != null && p.CroNumber == croNumber)
                || (prisonNumber != null && p.PrisonNumber == prisonNumber)
                || (crn != null && p.Crn == crn))));

    // The same, locking the rows found (PostgreSQL): LINQ cannot say FOR UPDATE. A null identifier compares as unknown,
    // so it matches nobody.
    static readonly HoldingQuery LockedHolding = (db, pncId, croNumber, prisonNumber, crn) => db.People.FromSql(
        $"SELECT * FROM people WHERE pnc_id = {pncId} OR cro_number = {croNumber} OR prison_number = {prisonNumber} OR crn = {crn} FOR UPDATE")
        .AsTracking().AsAsyncEnumerable();

    static bool HoldsAll(PersonRecord person, OffenderIdentity known)
    {
        var onRecord = IdentityOf(person).Identifiers().ToHashSet();
        var given = known.Identifiers().ToList();
        return given.Count > 0 && given.All(onRecord.Contains);
    }

    /// <summary>Every identifier on record for <paramref name="person"/>, and the date of birth if known.</summary>
    public static OffenderIdentity IdentityOf(PersonRecord person) => new()
    {
        PncId = person.PncId,
        CroNumber = person.CroNumber,
        PrisonNumber = person.PrisonNumber,
        Crn = person.Crn,
        DateOfBirth = person.DateOfBirth,
    };

    static void Learn(PersonRecord person, IEnumerable<(IdentifierKind Kind, string Value)> identifiers)
    {
        foreach (var (kind, value) in identifiers)
        {
            switch (kind)
            {
                case IdentifierKind.PncId: person.PncId = value; break;
                case IdentifierKind.CroNumber: person.CroNumber = value; break;
                case IdentifierKind.PrisonNumber: person.PrisonNumber = value; break;
                case IdentifierKind.Crn: person.Crn = value; break;
            }
        }
    }

    // Kinds only: identifier values are personal data and stay out of logs and the journal.
    static string Describe(IEnumerable<(IdentifierKind Kind, string Value)> identifiers) =>
        string.Join(", ", identifiers.Select(id => id.Kind.Describe()));
}
