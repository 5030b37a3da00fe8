using AgencyHub.Persistence;

namespace AgencyHub.Sagas.Deadlines.Open;

/// <summary>
/// A deadline a saga is keeping and nobody has met yet: when it falls due, the rule it rests on (the source document
/// by title and paragraph), and what happens when it passes. Every saga's deadlines take this one shape, so the
/// operators' deadline board and a person's journey list them all without knowing the sagas.
/// </summary>
/// <param name="Saga">The saga keeping it.</param>
/// <param name="Deadline">What is due.</param>
/// <param name="DueAt">When.</param>
/// <param name="Basis">The source of the rule.</param>
/// <param name="WhenPassed">What the hub does when it passes unmet.</param>
/// <param name="Subject">Whom or what it is about (an identifier, an agreement).</param>
/// <param name="Scheme">The PPO scheme, if it belongs to one.</param>
/// <param name="PersonId">The person in the register, if it is about one.</param>
public sealed record OpenDeadline(string Saga, string Deadline, DateTimeOffset DueAt, string Basis, string WhenPassed, string Subject,
    string? Scheme, Guid? PersonId);

/// <summary>
/// The open deadlines of one saga, read from its own rows, each kind described once (<see cref="DeadlineRule{TRow}"/>).
/// A saga with deadlines registers a source (<see cref="OpenDeadlines"/>); the board, the journey page and the hub's
/// backlog gauges then show them with no change of their own.
/// </summary>
public interface IOpenDeadlineSource
{
    /// <summary>
    /// The open deadlines, of <paramref name="scheme"/> and of <paramref name="person"/> only when given; read by
    /// projection, since every open one is read for each heartbeat and each look at the board.
    /// </summary>
    Task<List<OpenDeadline>> Open(HubDbContext db, string? scheme, Guid? person, CancellationToken cancellationToken);
}

/// <summary>Every registered saga's open deadlines together.</summary>
public sealed class OpenDeadlines(IEnumerable<IOpenDeadlineSource> sources)
{
    /// <summary>All open deadlines, those already passed first (the longest overdue at the top), then by due time.</summary>
    public async Task<List<OpenDeadline>> List(HubDbContext db, DateTimeOffset now, string? scheme, Guid? person, CancellationToken cancellationToken)
    {
        var open = new List<OpenDeadline>();
        foreach (var source in sources) open.AddRange(await source.Open(db, scheme, person, cancellationToken));
        return [.. open.OrderBy(d => d.DueAt > now).ThenBy(d => d.DueAt)];
    }

    /// <summary>How many open deadlines are still to come and how many have passed at <paramref name="now"/>.</summary>
    public async Task<(int Pending, int Breached)> Count(HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (pending, breached) = (0, 0);
        foreach (var source in sources)
            foreach (var deadline in await source.Open(db, scheme: null, person: null, cancellationToken))
                if (deadline.DueAt > now) pending++;
                else breached++;
        return (pending, breached);
    }
}
