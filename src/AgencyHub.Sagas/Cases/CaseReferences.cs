using AgencyHub.Contracts.Identity;
using AgencyHub.Contracts.Selection;
using AgencyHub.Persistence.Cases;

namespace AgencyHub.Sagas.Cases;

/// <summary>How a PPO case names its scheme and its person in what it sends.</summary>
static class CaseReferences
{
    /// <summary>The case's scheme.</summary>
    public static SchemeReference Scheme(PpoCase ppoCase) => new() { Code = ppoCase.SchemeCode, Name = ppoCase.SchemeName };

    /// <summary>The person's identifiers as the case last knew them.</summary>
    public static OffenderIdentity Offender(PpoCase ppoCase) =>
        new() { PncId = ppoCase.PncId, CroNumber = ppoCase.CroNumber, PrisonNumber = ppoCase.PrisonNumber, Crn = ppoCase.Crn };
}
