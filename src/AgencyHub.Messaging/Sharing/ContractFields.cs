using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using AgencyHub.Contracts.Catalogue;

namespace AgencyHub.Messaging.Sharing;

/// <summary>
/// The field paths of a contract in its wire JSON: <c>offender</c>, <c>offender.pncId</c>, <c>charges</c>,
/// <c>charges.offenceCode</c>. A list's path reaches into its items. These are what an agreement may name.
/// </summary>
public static class ContractFields
{
    static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> Paths = new();

    /// <summary>Every field path of <paramref name="contract"/>, parents before their children.</summary>
    public static IReadOnlyList<string> Of(MessageContractInfo contract) => Paths.GetOrAdd(contract.Type, type => Walk(type, "", 0).ToList());

    /// <summary>The top-level fields of <paramref name="contract"/>.</summary>
    public static IEnumerable<string> TopLevel(MessageContractInfo contract) => Of(contract).Where(path => !path.Contains('.'));

    static IEnumerable<string> Walk(Type type, string prefix, int depth)
    {
        var info = ContractJson.Options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element) info = ContractJson.Options.GetTypeInfo(element);
        if (info.Kind != JsonTypeInfoKind.Object || depth > 4) yield break;
        foreach (var property in info.Properties)
        {
            var path = prefix + property.Name;
            yield return path;
            foreach (var child in Walk(property.PropertyType, path + ".", depth + 1))
                yield return child;
        }
    }
}
