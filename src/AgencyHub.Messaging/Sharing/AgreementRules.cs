using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Validation;

namespace AgencyHub.Messaging.Sharing;

/// <summary>
/// What makes an agreement's terms sound, each problem named by its JSON path: known parties, a legal basis and
/// purposes; flows whose senders are parties (or the hub) sending contracts they send, for one of the agreement's
/// purposes, to parties the contract may reach; fields one of the flow's contracts has; a review date after the start date.
/// </summary>
public static class AgreementRules
{
    /// <summary>The longest id: ids are quoted in deliveries and notices.</summary>
    public const int IdLength = 60;

    /// <summary>Every problem with <paramref name="id"/> and <paramref name="terms"/>; empty when they are sound.</summary>
    public static IReadOnlyList<FieldError> Problems(string id, AgreementTerms terms)
    {
        var problems = new List<FieldError>();
        if (!IsId(id))
            problems.Add(new("id", $"must be 1 to {IdLength} lower-case letters, digits and hyphens, starting with a letter"));
        if (string.IsNullOrWhiteSpace(terms.Title)) problems.Add(new("title", "is required"));
        if (string.IsNullOrWhiteSpace(terms.LegalBasis)) problems.Add(new("legalBasis", "is required: the law the sharing rests on"));
        if (terms.Parties.Count < 2) problems.Add(new("parties", "must name at least two agencies"));
        if (terms.Parties.Contains(Agency.Hub)) problems.Add(new("parties", "names the hub, which is no party: it carries the agencies' sharing"));
        if (terms.Purposes.Count == 0) problems.Add(new("purposes", "must name at least one purpose"));
        if (terms.Flows.Count == 0) problems.Add(new("flows", "must hold at least one flow"));
        if (terms.StartsOn == default) problems.Add(new("startsOn", "is required"));
        if (terms.ReviewOn == default) problems.Add(new("reviewOn", "is required"));
        else if (terms.ReviewOn <= terms.StartsOn) problems.Add(new("reviewOn", "must be after startsOn"));
        for (var i = 0; i < terms.Flows.Count; i++)
            problems.AddRange(FlowProblems(terms, terms.Flows[i], $"flows[{i}]"));
        return problems;
    }

    static IEnumerable<FieldError> FlowProblems(AgreementTerms terms, AgreementFlow flow, string path)
    {
        if (flow.Sender != Agency.Hub && !terms.Parties.Contains(flow.Sender))
            yield return new($"{path}.sender", $"{flow.Sender.Slug()} is not a party to the agreement");
        if (flow.MessageTypes.Count == 0) yield return new($"{path}.messageTypes", "must name at least one message type");
        if (flow.Recipients.Count == 0) yield return new($"{path}.recipients", "must name at least one recipient");
        if (flow.Conditions.Distinct().Count() != flow.Conditions.Count) yield return new($"{path}.conditions", "names a condition twice");
        var contracts = new List<MessageContractInfo>();
        for (var t = 0; t < flow.MessageTypes.Count; t++)
        {
            var name = flow.MessageTypes[t];
            var typePath = $"{path}.messageTypes[{t}]";
            if (MessageCatalogue.Find(name) is not { } contract)
                yield return new(typePath, $"'{name}' is not a message type of the catalogue");
            else if (!contract.IsSentBy(flow.Sender))
                yield return new(typePath, $"{flow.Sender.Slug()} does not send {name}");
            else if (!terms.Purposes.Contains(contract.Purpose))
                yield return new(typePath, $"{name} is shared for '{contract.Purpose}', which is not among the agreement's purposes");
            else contracts.Add(contract);
        }
        for (var r = 0; r < flow.Recipients.Count; r++)
        {
            var recipient = flow.Recipients[r];
            var recipientPath = $"{path}.recipients[{r}]";
            if (!terms.Parties.Contains(recipient.Agency))
                yield return new($"{recipientPath}.agency", $"{recipient.Agency.Slug()} is not a party to the agreement");
            if (recipient.Fields.Count == 0)
                yield return new($"{recipientPath}.fields", "must name at least one field: the minimum the recipient needs");
            foreach (var contract in contracts.Where(c => !c.Recipients.Contains(recipient.Agency)))
                yield return new($"{recipientPath}.agency", $"{contract.Name} is not a message {recipient.Agency.Slug()} may receive");
            // A flow's types may differ in shape: a field need only be one of theirs.
            for (var f = 0; f < recipient.Fields.Count; f++)
                if (contracts.Count > 0 && !contracts.Any(c => ContractFields.Of(c).Contains(recipient.Fields[f])))
                    yield return new($"{recipientPath}.fields[{f}]",
                        $"'{recipient.Fields[f]}' is not a field of {string.Join(" or ", contracts.Select(c => c.Name))}");
        }
    }

    /// <summary>True for a well-formed agreement id.</summary>
    public static bool IsId(string? id) =>
        id is { Length: > 0 and <= IdLength } && char.IsAsciiLetterLower(id[0]) && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
