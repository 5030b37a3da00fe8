namespace AgencyHub.Messaging.Sharing;

/// <summary>Where an agreement is in its life. Only an active one lets anything through.</summary>
public enum AgreementStatus
{
    /// <summary>Being written: amendable, covers nothing yet.</summary>
    Draft,

    /// <summary>In force from its start date until its review date.</summary>
    Active,

    /// <summary>Stopped, by an administrator or because its review date came; renewing or activating it resumes it.</summary>
    Suspended,

    /// <summary>Ended by the partners for good; a new agreement replaces it.</summary>
    Expired,
}
