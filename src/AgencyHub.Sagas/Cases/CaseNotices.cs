using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Alerts;
using AgencyHub.Contracts.Selection;
using AgencyHub.Sagas.Sharing;
using AgencyHub.Persistence.Cases;
using MassTransit;

namespace AgencyHub.Sagas.Cases;

/// <summary>What a PPO case tells the prison holding the person, always through the delivery gate.</summary>
static class CaseNotices
{
    /// <summary>
    /// The automatic PPO alert to the holding prison (Offender Management Update 2009, Paper 2;
    /// PPO Strategy Supplementary Annex 2004 §37), once per stay: a stay whose prison already has it gets nothing more.
    /// </summary>
    public static async Task AlertPrison<T>(BehaviorContext<PpoCase, CaseEvent<T>> context, AlertTrigger trigger) where T : class
    {
        var ppoCase = context.Saga;
        if ((await CasePerson.Of(context)).PrisonCode is not { } prison || ppoCase.AlertedPrisonCode == prison) return;
        ppoCase.AlertedPrisonCode = prison;
        await context.Service<DeliveryGate>().Deliver(context, new PpoReceptionAlert
        {
            Offender = context.Message.Person,
            PrisonCode = prison,
            Scheme = CaseReferences.Scheme(ppoCase),
            LeadOfficer = new OfficerContact
            {
                Name = ppoCase.LeadOfficerName,
                Telephone = ppoCase.LeadOfficerTelephone,
                Email = ppoCase.LeadOfficerEmail,
            },
            SelectionReason = ppoCase.SelectionReason,
            Trigger = trigger,
            RaisedAt = context.Now(),
        }, Agency.Hub, Agency.Prison, ppoCase.SchemeCode, cause: context.Message.SourceMessageId, raisingCase: ppoCase.SchemeCode);
    }

    /// <summary>Tells the prison that had the alert that it no longer applies.</summary>
    public static async Task WithdrawAlert<T>(BehaviorContext<PpoCase, CaseEvent<T>> context, DeselectionCriterion criterion, DateTimeOffset at)
        where T : class
    {
        var ppoCase = context.Saga;
        if (ppoCase.AlertedPrisonCode is not { } prison) return;
        ppoCase.AlertedPrisonCode = null;
        await context.Service<DeliveryGate>().Deliver(context, new PpoAlertWithdrawn
        {
            Offender = context.Message.Person,
            PrisonCode = prison,
            Scheme = CaseReferences.Scheme(ppoCase),
            Criterion = criterion,
            DeselectedAt = at,
        }, Agency.Hub, Agency.Prison, ppoCase.SchemeCode, cause: context.Message.SourceMessageId);
    }
}
