using AgencyHub.Contracts.Selection;
using AgencyHub.Sagas.Cases;
using MassTransit;

namespace AgencyHub.Sagas.Selection;

/// <summary>Keeps the PPO register current as schemes select and de-select people.</summary>
public sealed class SelectionConsumer(PpoCaseBook cases, CaseOutcomeDelivery delivery) : IConsumer<PpoSelected>, IConsumer<PpoDeselected>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<PpoSelected> context) =>
        delivery.Apply(context, cases.Select);

    /// <inheritdoc />
    public Task Consume(ConsumeContext<PpoDeselected> context) =>
        delivery.Apply(context, cases.Deselect);
}
