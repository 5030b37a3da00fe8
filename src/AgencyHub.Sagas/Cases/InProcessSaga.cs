using AgencyHub.Persistence.Outbox;
using AgencyHub.Persistence.Saga;
using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;

namespace AgencyHub.Sagas.Cases;

/// <summary>
/// Raises an event on one instance of a saga state machine inside the consume context of the message that caused it:
/// the instance is loaded on, and its changes staged in, that message's transaction, and what the machine sends or
/// schedules goes through that message's outbox and scheduler. This is what a second broker hop and a second
/// transaction used to do. The machine's rules for a missing instance are kept: an event its initial state accepts
/// creates the instance, any other event for an instance that does not exist is discarded. As in the repository, every
/// update bumps the instance's version, so an update racing another host's fails the save and the message is retried.
/// </summary>
public sealed class InProcessSaga<TSaga>(SagaStateMachine<TSaga> machine) where TSaga : class, SagaStateMachineInstance, ISagaVersion, new()
{
    /// <summary>Raises the machine's event for <typeparamref name="T"/>, if it has one, on instance <paramref name="correlationId"/>.</summary>
    public async Task Raise<T>(ConsumeContext context, Guid correlationId, T data) where T : class
    {
        if (machine.Events.OfType<Event<T>>().FirstOrDefault() is not { } @event) return;
        var instances = context.GetPayload<IHubTransaction>().Db.Set<TSaga>();
        var instance = await instances.FindAsync([correlationId], context.CancellationToken);
        var created = instance is null;
        if (instance is null)
        {
            if (!machine.GetState(machine.Initial.Name).Events.Contains(@event)) return;
            // Tracked before the event runs, so what the machine reads of it meanwhile (Find) sees the new instance.
            instance = instances.Add(new TSaga { CorrelationId = correlationId, Version = 1 }).Entity;
        }
        var message = new MessageConsumeContext<T>(context, data);
        var saga = new DefaultSagaConsumeContext<TSaga, T>(message, instance);
        var behavior = new MassTransitStateMachine<TSaga>.BehaviorContextProxy<T>(machine, saga, message, @event);
        await machine.RaiseEvent(behavior);
        if (await machine.IsCompleted(behavior)) instances.Remove(instance);
        else if (!created) instance.Version++;
    }
}
