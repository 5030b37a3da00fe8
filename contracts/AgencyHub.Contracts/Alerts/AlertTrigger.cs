namespace AgencyHub.Contracts.Alerts;

/// <summary>What caused a PPO alert to be sent to a prison.</summary>
public enum AlertTrigger
{
    /// <summary>The prison received a person who is a current PPO.</summary>
    Reception,
    /// <summary>The person was selected as a PPO while already held in this prison.</summary>
    SelectedWhileInCustody,
}
