namespace AgencyHub.Persistence.Ingress;

/// <summary>What became of a posted message.</summary>
public enum AcceptOutcome
{
    /// <summary>Stored; the relay will publish it.</summary>
    Accepted,

    /// <summary>The same message, with the same id, was already waiting: nothing more to do.</summary>
    AlreadyWaiting,

    /// <summary>A different message is waiting under the same id: the post is refused.</summary>
    IdTaken,
}
