namespace AgencyHub.Persistence.People;

/// <summary>Where a person is, as their row in the register says: what operators see, and what scheme figures count.</summary>
public enum Whereabouts
{
    /// <summary>No custody event is on record.</summary>
    AtLarge,

    /// <summary>Held in a prison.</summary>
    InCustody,

    /// <summary>Recalled to custody and not yet back.</summary>
    RecallOutstanding,

    /// <summary>Released on licence.</summary>
    OnLicence,

    /// <summary>Released without licence.</summary>
    InCommunity,
}

/// <summary>Reads <see cref="Whereabouts"/> from a person's row.</summary>
public static class WhereaboutsOf
{
    /// <summary>Where <paramref name="person"/> is: held wins over a recall (a recall is outstanding only while they are out).</summary>
    public static Whereabouts Of(PersonRecord person) =>
        Of(person.PrisonCode is not null, person.RecallId is not null, person.ReleasedAt is not null, person.ReleasedOnLicence);

    /// <summary>The same from the four facts it rests on, for a count that reads only those.</summary>
    public static Whereabouts Of(bool held, bool recalled, bool released, bool? onLicence) =>
        held ? Whereabouts.InCustody
        : recalled ? Whereabouts.RecallOutstanding
        : released ? onLicence == true ? Whereabouts.OnLicence : Whereabouts.InCommunity
        : Whereabouts.AtLarge;
}
