namespace AgencyHub.Persistence.Housekeeping;

/// <summary>
/// One kind of row a host deletes once it is kept long enough (<see cref="Housekeeping"/>): each host registers the
/// steps for the tables its role reaches.
/// </summary>
public interface IHousekeepingStep
{
    /// <summary>What it deletes, for the log, e.g. <c>inbox rows</c>.</summary>
    string Kind { get; }

    /// <summary>Deletes what is past its time; returns how many rows.</summary>
    Task<int> Run(CancellationToken cancellationToken);
}
