namespace AgencyHub.Contracts.Agencies;

/// <summary>A party that sends or receives messages through the hub.</summary>
public enum Agency
{
    /// <summary>The hub itself: alerts, notices and deadline escalations it raises.</summary>
    Hub,
    /// <summary>Home police force, BCU PPO team.</summary>
    Police,
    /// <summary>Crown Prosecution Service.</summary>
    Cps,
    /// <summary>Magistrates' and Crown Court administration.</summary>
    Courts,
    /// <summary>Prison Service, including the Early Release and Recall Section (ERRS).</summary>
    Prison,
    /// <summary>Probation service.</summary>
    Probation,
    /// <summary>Criminal Justice Integrated Team (drug services).</summary>
    Cjit,
    /// <summary>Youth Offending Team.</summary>
    Yot,
}
