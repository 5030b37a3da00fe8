using MassTransit;

namespace AgencyHub.Sagas;

/// <summary>The hub's services as a state machine's activities reach them: through the message's scope.</summary>
static class HubServices
{
    /// <summary>The registered <typeparamref name="T"/>; a missing one is a wiring fault, reported by name.</summary>
    public static T Service<T>(this PipeContext context) where T : class =>
        context.GetPayload<IServiceProvider>().GetService(typeof(T)) as T
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered");

    /// <summary>Now, by the injected clock (tests move it).</summary>
    public static DateTimeOffset Now(this PipeContext context) =>
        (context.GetPayload<IServiceProvider>().GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System).GetUtcNow();
}
