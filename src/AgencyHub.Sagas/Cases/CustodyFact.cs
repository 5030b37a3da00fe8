using AgencyHub.Persistence.People;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// What a custody message says about where a person is, for the register's row of the person: the one record of
/// custody, which every case of the person reads. Facts about one person are applied in the order they happened, not
/// the order they arrive: a fact older than what the row already reflects is stale and changes nothing, so a reception
/// that arrives after the release that followed it leaves the person released. Messages about one person take turns on the row's lock
/// (<see cref="People.PersonRegister.Resolve"/>); every fact applied also bumps the row's version, so a writer that
/// did not take the lock conflicts at its commit and is retried on the first's fact.
/// </summary>
abstract record CustodyFact(DateTimeOffset At)
{
    /// <summary>Applies the fact to <paramref name="person"/>; false, changing nothing, when it is stale.</summary>
    public bool ApplyTo(PersonRecord person)
    {
        if (IsStaleFor(person)) return false;
        Apply(person);
        person.Version++;
        return true;
    }

    /// <summary>Whether <paramref name="person"/>'s row already reflects a later fact.</summary>
    protected virtual bool IsStaleFor(PersonRecord person) => person.CustodyAsOf > At;

    /// <summary>Writes the fact on <paramref name="person"/>'s row.</summary>
    protected abstract void Apply(PersonRecord person);
}

/// <summary>Held in <paramref name="PrisonCode"/> from <paramref name="Since"/> (a reception, transfer or return).</summary>
sealed record HeldIn(string PrisonCode, DateTimeOffset Since, string Reason) : CustodyFact(Since)
{
    /// <inheritdoc />
    protected override void Apply(PersonRecord person)
    {
        if (person.PrisonCode != PrisonCode) (person.PrisonCode, person.InCustodySince) = (PrisonCode, Since);
        person.CustodyReason = Reason;
        // Back inside, whatever for: no recall is outstanding, and the last release is history.
        (person.ReleasedAt, person.ReleasedOnLicence, person.RecallId, person.RecalledAt) = (null, null, null, null);
        person.CustodyAsOf = Since;
    }
}

/// <summary>Released at <paramref name="At"/>, on licence or not: no longer held, and no release date pending.</summary>
sealed record Freed(DateTimeOffset At, bool OnLicence) : CustodyFact(At)
{
    /// <inheritdoc />
    protected override void Apply(PersonRecord person)
    {
        (person.PrisonCode, person.InCustodySince, person.CustodyReason) = (null, null, null);
        (person.ReleaseDate, person.ReleaseDateSetAt) = (null, null);
        (person.ReleasedAt, person.ReleasedOnLicence) = (At, OnLicence);
        person.CustodyAsOf = At;
    }
}

/// <summary>
/// Recalled by the decision <paramref name="RecallId"/> at <paramref name="At"/>: outstanding until the person is back in
/// custody. Someone already held when it is decided has nothing outstanding.
/// </summary>
sealed record Recalled(Guid RecallId, DateTimeOffset At) : CustodyFact(At)
{
    /// <inheritdoc />
    protected override void Apply(PersonRecord person)
    {
        if (person.PrisonCode is not null) return;
        (person.RecallId, person.RecalledAt) = (RecallId, At);
        person.CustodyAsOf = At;
    }
}

/// <summary>
/// The holding prison expects to release the person on <paramref name="Date"/>, as it said at <paramref name="SetAt"/>.
/// Kept for a case opened later while the person is held, whose release warning plans from it. Stale if a later date
/// is on record, or if the person was released after it was set.
/// </summary>
sealed record ReleaseExpected(DateOnly Date, DateTimeOffset SetAt) : CustodyFact(SetAt)
{
    /// <inheritdoc />
    protected override bool IsStaleFor(PersonRecord person) =>
        person.ReleaseDateSetAt > SetAt || (person.PrisonCode is null && person.CustodyAsOf > SetAt);

    /// <inheritdoc />
    protected override void Apply(PersonRecord person) => (person.ReleaseDate, person.ReleaseDateSetAt) = (Date, SetAt);
}
