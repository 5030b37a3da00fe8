namespace AgencyHub.Persistence.Ingress;

/// <summary>What became of a posted message.</summary>
public enum AcceptOutcome
{
    /// <summary>Stored; the relay will publish it.</summary>
    Accepted,

    /// <summary>The same message, with the same id, was accepted before: nothing more to do.</summary>
    AlreadyAccepted,

    /// <summary>A different message was accepted under the same id: the post is refused.</summary>
    IdTaken,
}
