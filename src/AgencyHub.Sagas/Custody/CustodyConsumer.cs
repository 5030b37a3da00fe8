using AgencyHub.Contracts.Agencies;
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
        delivery.Apply(context, cases.Receive(context.Message.Offender, context.Message.PrisonCode, context.Message.ReceivedAt), Agency.Prison);

    /// <inheritdoc />
    public Task Consume(ConsumeContext<PrisonTransfer> context) =>
        delivery.Apply(context, cases.Receive(context.Message.Offender, context.Message.ToPrisonCode, context.Message.TransferredAt), Agency.Prison);

    /// <inheritdoc />
    public Task Consume(ConsumeContext<OffenderReleased> context) =>
        delivery.Apply(context, cases.Release(context.Message.Offender), Agency.Prison);
}
