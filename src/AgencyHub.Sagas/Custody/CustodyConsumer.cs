using AgencyHub.Contracts.Custody;
using AgencyHub.Sagas.Cases;
using MassTransit;

namespace AgencyHub.Sagas.Custody;

/// <summary>Follows people into, between and out of prisons, so the right prison gets the PPO alert.</summary>
public sealed class CustodyConsumer(PpoCaseBook cases, CaseOutcomeDelivery delivery)
    : IConsumer<ReceptionIntoCustody>, IConsumer<PrisonTransfer>, IConsumer<OffenderReleased>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<ReceptionIntoCustody> context) =>
        delivery.Apply(context, m => cases.Receive(m.Offender, m.PrisonCode, m.ReceivedAt));

    /// <inheritdoc />
    public Task Consume(ConsumeContext<PrisonTransfer> context) =>
        delivery.Apply(context, m => cases.Receive(m.Offender, m.ToPrisonCode, m.TransferredAt));

    /// <inheritdoc />
    public Task Consume(ConsumeContext<OffenderReleased> context) =>
        delivery.Apply(context, m => cases.Release(m.Offender));
}
