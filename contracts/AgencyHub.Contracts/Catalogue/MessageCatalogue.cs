using System.Reflection;
using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Contracts.Catalogue;

/// <summary>Every message contract in this assembly, found by its <see cref="MessageContractAttribute"/>.</summary>
public static class MessageCatalogue
{
    static readonly IReadOnlyList<MessageContractInfo> Contracts = typeof(MessageCatalogue).Assembly
        .GetTypes()
        .Select(type => (type, attribute: type.GetCustomAttribute<MessageContractAttribute>()))
        .Where(t => t.attribute is not null)
        .Select(t => new MessageContractInfo(t.attribute!.Name, t.attribute.Version, t.type,
            t.attribute.Senders, t.attribute.Recipients, t.attribute.Purpose,
            t.attribute.Route ?? MessageContractInfo.IngressRoute(t.attribute.Name)))
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToArray();

    static readonly Dictionary<string, MessageContractInfo> ByName = Contracts.ToDictionary(c => c.Name);
    static readonly Dictionary<Type, MessageContractInfo> ByType = Contracts.ToDictionary(c => c.Type);

    /// <summary>All contracts, ordered by name.</summary>
    public static IReadOnlyList<MessageContractInfo> All => Contracts;

    /// <summary>The contracts <paramref name="agency"/> may post.</summary>
    public static IEnumerable<MessageContractInfo> SentBy(Agency agency) => Contracts.Where(c => c.IsSentBy(agency));

    /// <summary>Finds a contract by its wire name, e.g. <c>ppo-selected</c>.</summary>
    public static MessageContractInfo? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The contract of a message type; throws for a type that is not a contract.</summary>
    public static MessageContractInfo For(Type type) =>
        ByType.TryGetValue(type, out var info) ? info : throw new ArgumentException($"{type.Name} is not a message contract", nameof(type));

    /// <summary>The contract of <typeparamref name="T"/>.</summary>
    public static MessageContractInfo For<T>() => For(typeof(T));
}
