using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Identity;

namespace AgencyHub.Contracts.Treatment;

/// <summary>
/// The result of a drug test taken by the CJIT. Health data: shared only with the offender's informed consent in
/// force for the recipient and purpose (PPO Strategy Supplementary Annex 2004 §55; <see cref="ConsentGiven"/>).
/// <para>Sender: CJIT. Recipients: probation, prison.</para>
/// <para>Personal data: <see cref="Offender"/>, <see cref="Outcome"/>, <see cref="Substances"/>.</para>
/// </summary>
[MessageContract("drug-test-result", 1,
    Senders = [Agency.Cjit],
    Recipients = [Agency.Probation, Agency.Prison],
    Purpose = "drug-treatment")]
public sealed record DrugTestResult : IAboutOffender
{
    /// <summary>Who was tested.</summary>
    [PersonalData]
    public required OffenderIdentity Offender { get; init; }

    /// <summary>The result.</summary>
    [PersonalData]
    public required DrugTestOutcome Outcome { get; init; }

    /// <summary>The substances found, when <see cref="Outcome"/> is <see cref="DrugTestOutcome.Positive"/>.</summary>
    [PersonalData]
    public IReadOnlyList<TestedSubstance>? Substances { get; init; }

    /// <summary>When the sample was taken.</summary>
    public required DateTimeOffset TestedAt { get; init; }
}
