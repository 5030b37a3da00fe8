using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Messaging.Sharing;

/// <summary>The agreements as they stand: which of them cover a delivery, and why none does when none does.</summary>
public sealed class AgreementBook(IReadOnlyList<Agreement> agreements)
{
    /// <summary>No agreements: nothing is covered.</summary>
    public static AgreementBook Empty { get; } = new([]);

    /// <summary>The current version of every agreement, by id.</summary>
    public IReadOnlyList<Agreement> Agreements { get; } = agreements.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The flows of agreements in force on <paramref name="day"/> that let <paramref name="sender"/> send
    /// <paramref name="contract"/> to <paramref name="recipient"/>; when there are none, why not, naming the agreement
    /// that would cover it if it were in force.
    /// </summary>
    public Coverage Cover(Agency sender, Agency recipient, MessageContractInfo contract, DateOnly day)
    {
        var covering = (from agreement in Agreements
            from flow in agreement.Terms.Flows
            where flow.Sender == sender && flow.MessageTypes.Contains(contract.Name)
            from terms in flow.Recipients
            where terms.Agency == recipient
            select new CoveringTerms(agreement, flow, terms)).ToList();
        var inForce = covering.Where(c => c.Agreement.IsInForceOn(day)).ToList();
        if (inForce.Count > 0) return new Coverage(inForce, null, null);
        if (covering.FirstOrDefault() is not { } nearest)
            return new Coverage([], null, $"no agreement lets {sender.Slug()} send {contract.Name} to {recipient.Slug()}");
        return new Coverage([], nearest.Agreement.Reference, $"agreement '{nearest.Agreement.Id}' {WhyNotInForce(nearest.Agreement, day)}");
    }

    /// <summary>The fields each recipient gets of <paramref name="contract"/> under the agreements in force on <paramref name="day"/>.</summary>
    public IReadOnlyDictionary<Agency, IReadOnlyList<string>> FieldsOf(MessageContractInfo contract, DateOnly day) =>
        (from agreement in Agreements
            where agreement.IsInForceOn(day)
            from flow in agreement.Terms.Flows
            where flow.MessageTypes.Contains(contract.Name)
            from terms in flow.Recipients
            group terms.Fields by terms.Agency)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(f => f).Distinct().Order(StringComparer.Ordinal).ToList());

    static string WhyNotInForce(Agreement agreement, DateOnly day) => agreement.Status switch
    {
        AgreementStatus.Draft => "is a draft, not yet active",
        AgreementStatus.Suspended => "is suspended" + (agreement.StatusReason is { } reason ? $" ({reason})" : ""),
        AgreementStatus.Expired => "has expired",
        _ when day < agreement.Terms.StartsOn => $"starts on {agreement.Terms.StartsOn:yyyy-MM-dd}",
        _ => $"reached its review date {agreement.Terms.ReviewOn:yyyy-MM-dd} and has not been renewed",
    };
}

/// <summary>An agreement's flow and recipient terms that cover a delivery.</summary>
public sealed record CoveringTerms(Agreement Agreement, AgreementFlow Flow, RecipientTerms Recipient);

/// <summary>The flows in force that cover a delivery, or (none) the agreement nearest to covering it and why it does not.</summary>
public sealed record Coverage(IReadOnlyList<CoveringTerms> InForce, string? NearestAgreement, string? Refusal);
