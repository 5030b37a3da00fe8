namespace AgencyHub.Contracts.Youth;

/// <summary>Where a juvenile PPO's supervision by the YOT has got to.</summary>
public enum JuvenileSupervisionStage
{
    /// <summary>The YOT has started supervising the young person.</summary>
    Started,
    /// <summary>The YOT has reviewed progress.</summary>
    Reviewed,
    /// <summary>The supervision has ended as planned.</summary>
    Completed,
    /// <summary>The young person has moved to adult supervision by probation (Offender Management Update 2009, Paper 3:
    /// young people moving from the YOT to adult supervision).</summary>
    TransferredToAdultServices,
}
