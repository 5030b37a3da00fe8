namespace AgencyHub.Contracts.Youth;

/// <summary>How a juvenile PPO has breached an order the YOT supervises.</summary>
public enum JuvenileBreachKind
{
    /// <summary>Failed to keep appointments with the YOT.</summary>
    MissedAppointments,
    /// <summary>Broke a curfew or electronic monitoring requirement.</summary>
    CurfewBreach,
    /// <summary>Did not comply with another requirement of the order.</summary>
    RequirementNotMet,
    /// <summary>Arrested for or charged with a further offence.</summary>
    FurtherOffence,
}
