namespace AgencyHub.Persistence.People;

/// <summary>
/// One person the hub knows, with every whole identifier agencies have given for them (each unique: the hub never holds
/// two people with one identifier), and where they are: at large, held (where, since when, why), released (when, on
/// licence or not) or recalled and not yet back. This row is the one record of custody: every case of the person reads
/// it, none keeps a copy. It is kept for everyone a prison reports, PPO or not, so that a later selection alerts the
/// prison already holding them (PPO Strategy Supplementary Annex 2004 §37).
/// </summary>
public sealed class PersonRecord
{
    /// <summary>The hub's own id for the person.</summary>
    public Guid PersonId { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change, so competing hosts cannot overwrite each other.</summary>
    public int Version { get; set; }

    /// <summary>Police National Computer id.</summary>
    public string? PncId { get; set; }

    /// <summary>Criminal Records Office number.</summary>
    public string? CroNumber { get; set; }

    /// <summary>Prison (NOMIS) number.</summary>
    public string? PrisonNumber { get; set; }

    /// <summary>Probation case reference number.</summary>
    public string? Crn { get; set; }

    /// <summary>The date of birth, once an agency has given one: it tells whether the person is a juvenile.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The prison holding the person, if in custody.</summary>
    public string? PrisonCode { get; set; }

    /// <summary>Since when that prison has held them.</summary>
    public DateTimeOffset? InCustodySince { get; set; }

    /// <summary>Why they are held (remand, sentence, recall, transfer).</summary>
    public string? CustodyReason { get; set; }

    /// <summary>When they were last released, while not held again.</summary>
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Whether that release was on licence.</summary>
    public bool? ReleasedOnLicence { get; set; }

    /// <summary>The recall decided while they were at large, until they are back in custody.</summary>
    public Guid? RecallId { get; set; }

    /// <summary>When that recall was decided.</summary>
    public DateTimeOffset? RecalledAt { get; set; }

    /// <summary>
    /// When the custody event the register last applied happened (a reception, transfer, return, release or recall): an event
    /// older than this changes nothing here, as a newer fact is already known.
    /// </summary>
    public DateTimeOffset? CustodyAsOf { get; set; }

    /// <summary>The day the holding prison expects to release them, once it has set one.</summary>
    public DateOnly? ReleaseDate { get; set; }

    /// <summary>When the prison set or last changed <see cref="ReleaseDate"/>.</summary>
    public DateTimeOffset? ReleaseDateSetAt { get; set; }

    /// <summary>When the hub first learnt of them: with the custody times, what retention counts from for someone never selected.</summary>
    public DateTimeOffset RegisteredAt { get; set; }
}
