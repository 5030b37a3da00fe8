using AgencyHub.Persistence.People;

namespace AgencyHub.Sagas.People;

/// <summary>The person an identity resolved to (with every identifier now known for them), or why not.</summary>
public sealed record PersonMatch(PersonRecord? Person, string? Conflict)
{
    /// <summary>A match, or a newly registered person.</summary>
    public static PersonMatch Found(PersonRecord person) => new(person, null);

    /// <summary>Nobody has these identifiers, and the message does not register anyone.</summary>
    public static PersonMatch Unknown { get; } = new(null, null);

    /// <summary>The identifiers point at different people or contradict the one they point at.</summary>
    public static PersonMatch Conflicting(string conflict) => new(null, conflict);
}
