using AgencyHub.Contracts.Identity;

namespace AgencyHub.Sagas.People;

/// <summary>
/// Resolves the identifiers in a message to one person. Only whole, canonical identifiers are compared, never a
/// prefix or a name. A message whose identifiers point at two people, or contradict the person they point at
/// (the same kind of identifier with another value), matches nobody: the hub must never merge two people on a
/// weak match (DOMAIN.md, identifiers). A message that agrees with a person and adds an identifier teaches the
/// index that identifier. Not thread-safe: <see cref="Cases.PpoCaseBook"/> serialises access.
/// </summary>
public sealed class PersonIndex
{
    readonly Dictionary<(IdentifierKind, string), Guid> _owners = [];
    readonly Dictionary<Guid, Dictionary<IdentifierKind, string>> _people = [];

    /// <summary>Finds the person <paramref name="identity"/> describes, registering a new one when none matches.</summary>
    public PersonMatch Resolve(OffenderIdentity identity)
    {
        var identifiers = identity.Identifiers().ToList();
        var owners = identifiers
            .Select(id => _owners.TryGetValue(id, out var owner) ? owner : (Guid?)null)
            .OfType<Guid>()
            .Distinct()
            .ToList();
        if (owners.Count > 1)
            return PersonMatch.Conflicting($"the identifiers ({Describe(identifiers)}) belong to {owners.Count} different people");
        if (owners.Count == 0)
            return Register(identifiers);

        var person = owners[0];
        var known = _people[person];
        var contradicted = identifiers.Where(id => known.TryGetValue(id.Kind, out var value) && value != id.Value).ToList();
        if (contradicted.Count > 0)
            return PersonMatch.Conflicting(
                $"the {Describe(contradicted)} contradicts the {string.Join(", ", contradicted.Select(c => c.Kind.Describe()))} on record for the person the other identifiers match");
        foreach (var (kind, value) in identifiers.Where(id => !known.ContainsKey(id.Kind)))
        {
            known[kind] = value;
            _owners[(kind, value)] = person;
        }
        return PersonMatch.Found(person, Identity(known));
    }

    PersonMatch Register(List<(IdentifierKind Kind, string Value)> identifiers)
    {
        var person = Guid.NewGuid();
        var known = identifiers.ToDictionary(id => id.Kind, id => id.Value);
        _people[person] = known;
        foreach (var id in identifiers) _owners[id] = person;
        return PersonMatch.Found(person, Identity(known));
    }

    static OffenderIdentity Identity(Dictionary<IdentifierKind, string> known) => new()
    {
        PncId = known.GetValueOrDefault(IdentifierKind.PncId),
        CroNumber = known.GetValueOrDefault(IdentifierKind.CroNumber),
        PrisonNumber = known.GetValueOrDefault(IdentifierKind.PrisonNumber),
        Crn = known.GetValueOrDefault(IdentifierKind.Crn),
    };

    // Kinds only: identifier values are personal data and stay out of logs and the journal.
    static string Describe(IEnumerable<(IdentifierKind Kind, string Value)> identifiers) =>
        string.Join(", ", identifiers.Select(id => id.Kind.Describe()));
}
