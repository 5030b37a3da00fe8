namespace AgencyHub.Contracts.Identity;

/// <summary>
/// A message about one offender. The hub reads <see cref="Offender"/> to find whom a delivery is about: the person the
/// agreements' conditions are checked for, and the person reference its audit entries carry.
/// </summary>
public interface IAboutOffender
{
    /// <summary>The person the message is about.</summary>
    OffenderIdentity Offender { get; }
}
