using AgencyHub.Messaging.Time;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Sharing;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// Checks a flow's conditions on the person a message is about, at the moment of delivery, reading what it needs once.
/// </summary>
sealed class PersonConditions(HubDbContext db, OffenderIdentity? offender, string? raisingCase, Agency recipient, MessageContractInfo contract, DateTimeOffset now,
    CancellationToken cancellationToken)
{
    PersonFacts? _facts;

    /// <summary>The person in the register, once a condition has needed the register; null before, or when unknown.</summary>
    public Guid? PersonId => _facts?.PersonId;

    /// <summary>The first condition of <paramref name="terms"/> that does not hold, and why; null when all hold.</summary>
    public async Task<(PersonCondition Condition, string Why)?> FirstFailure(CoveringTerms terms)
    {
        foreach (var condition in terms.Flow.Conditions)
            if (await Failure(condition, terms.Agreement) is { } why)
                return (condition, why);
        return null;
    }

    /// <summary>Whether the person is a current PPO of any scheme (for the marks on a delivery: <see cref="DeliveryMarking"/>).</summary>
    public async Task<bool> IsCurrentPpo()
    {
        if (offender is null) return false;
        if (raisingCase is not null) return true;
        var facts = _facts ??= await PersonFacts.Of(db, offender, cancellationToken);
        return facts.CurrentSchemes.Count > 0;
    }

    /// <summary>The condition as an operator reads it.</summary>
    public static string Describe(PersonCondition condition) => condition switch
    {
        PersonCondition.CurrentPpo => "a current PPO",
        PersonCondition.UnderEighteen => "a person under 18",
        PersonCondition.Consent => "the person's consent in force",
        _ => condition.ToString(),
    };

    async Task<string?> Failure(PersonCondition condition, Agreement agreement)
    {
        if (offender is null) return "the message is about no one the condition could be checked for";
        var schemes = agreement.Terms.Schemes;
        // A current case raising the delivery answers for itself: no need to read the register (the alert's hot path).
        if (condition == PersonCondition.CurrentPpo && raisingCase is not null && (schemes.Count == 0 || schemes.Contains(raisingCase))) return null;
        var facts = _facts ??= await PersonFacts.Of(db, offender, cancellationToken);
        switch (condition)
        {
            case PersonCondition.CurrentPpo:
                return facts.CurrentSchemes.Any(s => schemes.Count == 0 || schemes.Contains(s)) ? null
                    : schemes.Count == 0 ? "the person is not a current PPO"
                    : $"the person is not a current PPO of {string.Join(" or ", schemes)}";
            case PersonCondition.UnderEighteen:
                if (facts.DateOfBirth is not { } born) return "the hub has no date of birth for the person";
                return born.AddYears(18) > UkTime.DayOf(now) ? null : "the person is 18 or over";
            case PersonCondition.Consent:
                return await ConsentLedger.Refusal(db, facts.PersonId, recipient, contract.Name, contract.Purpose, now, cancellationToken);
            default:
                return $"the hub cannot check the condition '{condition}'";
        }
    }
}
