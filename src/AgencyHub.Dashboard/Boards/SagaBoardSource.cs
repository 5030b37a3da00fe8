using AgencyHub.Persistence;

namespace AgencyHub.Dashboard.Boards;

/// <summary>
/// One saga on the saga board: how many of its instances are in each state, and which. A new saga appears on the board
/// by registering a source of its own (<see cref="DashboardRegistration"/>); the board itself does not change.
/// </summary>
public interface ISagaBoardSource
{
    /// <summary>The saga's name on the board.</summary>
    string Saga { get; }

    /// <summary>Instances per state, of <paramref name="scheme"/> only when given (a saga without schemes ignores it).</summary>
    Task<List<StateCount>> Counts(HubDbContext db, string? scheme, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> instances in <paramref name="state"/>, in an order that stays put between updates.</summary>
    Task<List<SagaInstanceRow>> Instances(HubDbContext db, string? scheme, string state, int limit, CancellationToken cancellationToken);
}

/// <summary>How many instances are in a state.</summary>
public sealed record StateCount(string State, int Count);

/// <summary>One instance: what it is about, its scheme, and the person whose journey it is part of (none for an agreement's).</summary>
public sealed record SagaInstanceRow(Guid InstanceId, string Subject, string? Scheme, Guid? PersonId);
