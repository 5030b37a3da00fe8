using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgencyHub.Messaging.Delivery;

/// <summary>Registers the delivery policy (loaded once, at start-up, failing fast when invalid) and the gate.</summary>
public static class DeliveryGateRegistration
{
    /// <summary>Adds <see cref="DeliveryPolicy"/> and <see cref="DeliveryGate"/>.</summary>
    public static IServiceCollection AddDeliveryGate(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DeliveryPolicyOptions.Section).Get<DeliveryPolicyOptions>() ?? new DeliveryPolicyOptions();
        var path = Path.IsPathRooted(options.Path) ? options.Path : Path.Combine(AppContext.BaseDirectory, options.Path);
        services.AddSingleton(_ => DeliveryPolicy.Load(path));
        services.AddSingleton<DeliveryGate>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
