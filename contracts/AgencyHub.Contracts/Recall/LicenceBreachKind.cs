namespace AgencyHub.Contracts.Recall;

/// <summary>How a person on licence has breached it.</summary>
public enum LicenceBreachKind
{
    /// <summary>Failed to keep appointments with the offender manager.</summary>
    MissedAppointments,
    /// <summary>Charged with or arrested for a further offence.</summary>
    FurtherOffence,
    /// <summary>Broke a curfew or electronic monitoring condition.</summary>
    CurfewBreach,
    /// <summary>Left the approved address or cannot be found.</summary>
    LostContact,
    /// <summary>Broke another licence condition, e.g. not to approach a person or place.</summary>
    OtherCondition,
}
