using AgencyHub.Contracts.Identity;

namespace AgencyHub.Sagas.People;

/// <summary>The person an identity resolved to, with every identifier now known for them; or why it could not.</summary>
public sealed record PersonMatch(Guid? PersonId, OffenderIdentity? Known, string? Conflict)
{
    /// <summary>A match (or a newly registered person).</summary>
    public static PersonMatch Found(Guid personId, OffenderIdentity known) => new(personId, known, null);

    /// <summary>The identifiers point at different people or contradict the one they point at.</summary>
    public static PersonMatch Conflicting(string conflict) => new(null, null, conflict);
}
