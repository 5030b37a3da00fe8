namespace AgencyHub.Sagas.Deadlines.Open;

/// <summary>
/// One kind of deadline a saga keeps, described once: what is due, the rule it rests on, what happens when it passes,
/// and where a row of the saga's says when it falls due (null: met, or not set).
/// </summary>
public sealed record DeadlineRule<TRow>(string Deadline, string Basis, string WhenPassed, Func<TRow, DateTimeOffset?> DueAt)
{
    /// <summary>The deadlines of <paramref name="rules"/> that <paramref name="row"/> has open, as the board lists them.</summary>
    public static IEnumerable<OpenDeadline> Open(IEnumerable<DeadlineRule<TRow>> rules, TRow row, string saga, string subject, string? scheme,
        Guid? personId) =>
        rules.Select(rule => (rule, due: rule.DueAt(row)))
            .Where(d => d.due is not null)
            .Select(d => new OpenDeadline(saga, d.rule.Deadline, d.due!.Value, d.rule.Basis, d.rule.WhenPassed, subject, scheme, personId));
}
