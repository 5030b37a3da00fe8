namespace AgencyHub.Messaging.Sharing;

/// <summary>What made a version of an agreement.</summary>
public enum AgreementChange
{
    /// <summary>First written, as a draft.</summary>
    Drafted,

    /// <summary>Put in force from the seed file on a host's first start (the all-in-one host).</summary>
    Seeded,

    /// <summary>Its terms changed; its status stays.</summary>
    Amended,

    /// <summary>Put in force.</summary>
    Activated,

    /// <summary>Stopped by an administrator.</summary>
    Suspended,

    /// <summary>Given a new review date, and in force again.</summary>
    Renewed,

    /// <summary>Ended for good.</summary>
    Expired,

    /// <summary>Suspended by the hub because its review date came without a renewal.</summary>
    Lapsed,
}
