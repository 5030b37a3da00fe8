using System.Text.Json;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Messaging.Delivery;

/// <summary>
/// Which agency may send which message types to which recipients, for which purpose (DOMAIN.md, "Data sharing
/// is the law here"; 002 §55: the purpose of sharing "must be clearly expressed"). Anything not covered is blocked.
/// </summary>
public sealed class DeliveryPolicy
{
    readonly IReadOnlyList<PolicyRule> _rules;

    /// <summary>Builds a policy from rules, refusing rules that name unknown agencies or message types.</summary>
    public DeliveryPolicy(IReadOnlyList<PolicyRule> rules)
    {
        var problems = rules.SelectMany(Problems).ToList();
        if (problems.Count > 0)
            throw new InvalidOperationException("The delivery policy is invalid: " + string.Join("; ", problems));
        _rules = rules.Select(Normalised).ToList();
    }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<PolicyRule> Rules => _rules;

    /// <summary>Reads a policy file (see <c>delivery-policy.json</c> and the README's configuration reference).</summary>
    public static DeliveryPolicy Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The delivery policy file '{path}' does not exist (setting DeliveryPolicy:Path)", path);
        var file = JsonSerializer.Deserialize<PolicyFile>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
                   ?? throw new InvalidOperationException($"The delivery policy file '{path}' is empty");
        return new DeliveryPolicy(file.Rules);
    }

    /// <summary>Decides whether a delivery is covered.</summary>
    public PolicyDecision Evaluate(Agency sender, Agency recipient, string messageType, string purpose)
    {
        var from = sender.Slug();
        var to = recipient.Slug();
        var candidates = _rules.Where(r => r.Sender == from && r.MessageTypes.Contains(messageType)).ToList();
        var covering = candidates.FirstOrDefault(r => r.Recipients.Contains(to) && r.Purposes.Contains(purpose));
        if (covering is not null)
            return new PolicyDecision(true, covering.Id, $"allowed by rule '{covering.Id}' ({covering.Basis})");
        if (candidates.Count == 0)
            return new PolicyDecision(false, "none", $"no rule lets {from} send {messageType} to anyone");
        var nearest = candidates.FirstOrDefault(r => r.Recipients.Contains(to)) ?? candidates[0];
        var missing = nearest.Recipients.Contains(to)
            ? $"covers {to} but not the purpose '{purpose}'"
            : $"does not cover recipient {to}";
        return new PolicyDecision(false, nearest.Id, $"rule '{nearest.Id}' lets {from} send {messageType} but {missing}");
    }

    static PolicyRule Normalised(PolicyRule rule) => new()
    {
        Id = rule.Id,
        Sender = rule.Sender.ToLowerInvariant(),
        MessageTypes = rule.MessageTypes,
        Recipients = rule.Recipients.Select(r => r.ToLowerInvariant()).ToList(),
        Purposes = rule.Purposes,
        Basis = rule.Basis,
    };

    static IEnumerable<string> Problems(PolicyRule rule)
    {
        var name = string.IsNullOrWhiteSpace(rule.Id) ? "(a rule without an id)" : $"rule '{rule.Id}'";
        if (string.IsNullOrWhiteSpace(rule.Id)) yield return $"{name}: id is required";
        if (!AgencyNames.TryParse(rule.Sender, out _)) yield return $"{name}: unknown sender '{rule.Sender}'";
        foreach (var recipient in rule.Recipients.Where(r => !AgencyNames.TryParse(r, out var a) || a == Agency.Hub))
            yield return $"{name}: unknown recipient '{recipient}'";
        foreach (var type in rule.MessageTypes.Where(t => MessageCatalogue.Find(t) is null))
            yield return $"{name}: unknown message type '{type}'";
        if (rule.Purposes.Count == 0) yield return $"{name}: at least one purpose is required";
    }

    sealed class PolicyFile
    {
        public List<PolicyRule> Rules { get; set; } = [];
    }
}
