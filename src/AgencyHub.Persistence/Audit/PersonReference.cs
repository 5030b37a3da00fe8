using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Persistence.People;

namespace AgencyHub.Persistence.Audit;

/// <summary>
/// Whom a message is about, for the audit trail: the first identifier of its <c>offender</c> (PNC ID, CRO number,
/// prison number, CRN), e.g. <c>pnc:2004/0123456X</c>. A reference, not the person's details: enough to answer "who
/// received what about whom", and nothing more.
/// </summary>
public static class PersonReference
{
    /// <summary>The reference to <paramref name="offender"/>: its first identifier.</summary>
    public static string? Of(OffenderIdentity offender) =>
        offender.PncId is { } pnc ? $"pnc:{pnc}"
        : offender.CroNumber is { } cro ? $"cro:{cro}"
        : offender.PrisonNumber is { } prison ? $"prison:{prison}"
        : offender.Crn is { } crn ? $"crn:{crn}"
        : null;

    /// <summary>
    /// The reference to the offender a message of <paramref name="contract"/> in wire JSON is about, or null when it
    /// is about no one or its offender cannot be read.
    /// </summary>
    public static string? In(JsonElement message, Type contract)
    {
        if (!typeof(IAboutOffender).IsAssignableFrom(contract) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("offender", out var offender)) return null;
        try
        {
            return offender.Deserialize<OffenderIdentity>(ContractJson.Options) is { } identity ? Of(identity) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The reference to the offender <paramref name="message"/> is about, or null when it is about no one.</summary>
    public static string? About(object? message) => message is IAboutOffender about ? Of(about.Offender) : null;

    /// <summary>
    /// Every reference an entry about <paramref name="person"/> may carry, one per identifier the register holds, in the
    /// order <see cref="Of"/> prefers them: an entry names a person by the first identifier its message carried.
    /// </summary>
    public static IReadOnlyList<string> AllOf(PersonRecord person) =>
    [
        .. new[] { Of(new OffenderIdentity { PncId = person.PncId }), Of(new OffenderIdentity { CroNumber = person.CroNumber }),
            Of(new OffenderIdentity { PrisonNumber = person.PrisonNumber }), Of(new OffenderIdentity { Crn = person.Crn }) }.OfType<string>(),
    ];
}
