using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas.Cases;
using AgencyHub.Sagas.Sharing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Sagas.Intake;

/// <summary>
/// The hub's one way in for a message an agency posted. Everything the hub does with it happens here, in one
/// transaction with the message's inbox row: first the rules about the person it names (the register, the person's
/// PPO cases and their release warnings, consent), then a delivery to every recipient its contract names, each
/// through the delivery gate, which so sees the cases as this message leaves them. One broker hop from the sender's
/// adapter, and one from here to each recipient's.
/// </summary>
public sealed class HubIntake<T>(IEnumerable<IAgencyMessageRule<T>> rules, DeliveryGate gate) : IConsumer<T> where T : class
{
    /// <inheritdoc />
    public async Task Consume(ConsumeContext<T> context)
    {
        foreach (var rule in rules) await rule.Apply(context);
        var sender = context.SenderOf();
        foreach (var recipient in MessageCatalogue.For<T>().Recipients)
            await gate.Deliver(context, context.Message, sender, recipient);
    }
}

/// <summary>Which agency messages the intake takes, and the rules it applies to them.</summary>
public static class HubIntake
{
    /// <summary>The intake's queue; the case sagas' deadlines come back to it too.</summary>
    public const string Queue = "hub-intake";

    /// <summary>The classes that implement the rules (<see cref="IAgencyMessageRule{T}"/>).</summary>
    public static IReadOnlyList<Type> Rules { get; } = [typeof(CaseIntake), typeof(ConsentIntake)];

    /// <summary>Contracts an agency posts that have recipients or a rule: each gets an intake.</summary>
    public static IEnumerable<Type> Types => MessageCatalogue.All
        .Where(c => c.Senders.Any(s => s != Agency.Hub) && (c.Recipients.Count > 0 || RuledTypes.Contains(c.Type)))
        .Select(c => c.Type);

    static readonly HashSet<Type> RuledTypes = [.. Rules.SelectMany(RuleInterfaces).Select(i => i.GetGenericArguments()[0])];

    static IEnumerable<Type> RuleInterfaces(Type rule) =>
        rule.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAgencyMessageRule<>));

    /// <summary>Adds each rule once, as every <see cref="IAgencyMessageRule{T}"/> it implements.</summary>
    public static IServiceCollection AddIntakeRules(this IServiceCollection services)
    {
        services.AddSingleton<CaseMachines>();
        foreach (var rule in Rules)
        {
            services.AddSingleton(rule);
            foreach (var face in RuleInterfaces(rule))
                services.AddSingleton(face, provider => provider.GetRequiredService(rule));
        }
        return services;
    }

    /// <summary>The intake's consumer for <paramref name="type"/>.</summary>
    public static Type ConsumerOf(Type type) => typeof(HubIntake<>).MakeGenericType(type);
}
