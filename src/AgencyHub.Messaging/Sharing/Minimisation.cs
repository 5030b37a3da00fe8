using System.Text.Json;
using System.Text.Json.Nodes;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Messaging.Sharing;

/// <summary>
/// A recipient's copy of a message holds only the fields its agreement names ("the minimum required", PPO Strategy
/// Supplementary Annex 2004 §55): a named field is kept whole, a named child keeps its parent with only that child, and
/// in a list each item keeps the named children. Everything else is removed from the payload itself.
/// </summary>
public static class Minimisation
{
    /// <summary>The part of <paramref name="payload"/> (a contract message's JSON object) that <paramref name="fields"/> allow.</summary>
    public static JsonElement Apply(JsonElement payload, IReadOnlyList<string> fields)
    {
        var kept = Keep(JsonNode.Parse(payload.GetRawText())!, Tree(fields));
        return JsonSerializer.SerializeToElement(kept, ContractJson.Options);
    }

    // null: keep everything below; otherwise only the named children.
    sealed class FieldTree
    {
        public Dictionary<string, FieldTree?> Children { get; } = new(StringComparer.Ordinal);
    }

    static FieldTree Tree(IEnumerable<string> fields)
    {
        var root = new FieldTree();
        foreach (var field in fields)
        {
            var node = root;
            var parts = field.Split('.');
            for (var i = 0; i < parts.Length && node is not null; i++)
            {
                var last = i == parts.Length - 1;
                if (last) node.Children[parts[i]] = null;
                else if (!node.Children.TryGetValue(parts[i], out var child)) node.Children[parts[i]] = node = new FieldTree();
                else node = child;
            }
        }
        return root;
    }

    static JsonNode? Keep(JsonNode? node, FieldTree? allowed)
    {
        if (allowed is null || node is null) return node?.DeepClone();
        switch (node)
        {
            case JsonObject source:
                var copy = new JsonObject();
                foreach (var (name, value) in source)
                    if (allowed.Children.TryGetValue(name, out var below))
                        copy[name] = Keep(value, below);
                return copy;
            case JsonArray items:
                return new JsonArray(items.Select(item => Keep(item, allowed)).ToArray());
            default:
                return node.DeepClone();
        }
    }
}
