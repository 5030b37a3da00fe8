using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// An agency's message as it reaches one PPO case: the intake has resolved the person, so the case gets the
/// person's whole identity. Internal to the hub.
/// </summary>
/// <typeparam name="T">The agency's message.</typeparam>
public sealed record CaseEvent<T> where T : class
{
    /// <summary>The case (<see cref="Persistence.Cases.PpoCaseIds"/>).</summary>
    public required Guid CaseId { get; init; }

    /// <summary>The person.</summary>
    public required Guid PersonId { get; init; }

    /// <summary>Every identifier the register holds for the person.</summary>
    public required OffenderIdentity Person { get; init; }

    /// <summary>The agency that sent the message.</summary>
    public required Agency Sender { get; init; }

    /// <summary>The message's id.</summary>
    public required Guid SourceMessageId { get; init; }

    /// <summary>The agency's message.</summary>
    public required T Message { get; init; }
}
