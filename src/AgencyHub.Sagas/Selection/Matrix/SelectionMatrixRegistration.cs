using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgencyHub.Sagas.Selection.Matrix;

/// <summary>Registers the selection matrix, its consumer and its queue with the hub's rules.</summary>
public static class SelectionMatrixRegistration
{
    /// <summary>Queue of the selection matrix, which answers score requests from the police adapter.</summary>
    public const string Queue = "hub-selection-matrix";

    /// <summary>
    /// Adds the <see cref="SelectionMatrix"/> from the file <c>SelectionMatrix:Path</c> names (by default
    /// <c>selection-matrix.json</c> beside the binaries). It is read here, so an invalid file stops start-up with its reasons.
    /// </summary>
    public static IServiceCollection AddSelectionMatrix(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services.AddSingleton(SelectionMatrix.Load(SelectionMatrixOptions.FilePath(configuration)));
    }

    /// <summary>Adds the consumer to the bus.</summary>
    public static void AddSelectionMatrixConsumer(this IBusRegistrationConfigurator bus) => bus.AddConsumer<SelectionMatrixConsumer>();

    /// <summary>Declares the matrix's receive endpoint.</summary>
    public static void ConfigureSelectionMatrixEndpoint(IBusRegistrationContext context, IBusFactoryConfigurator cfg) =>
        cfg.ReceiveEndpoint(Queue, endpoint => endpoint.ConfigureConsumer<SelectionMatrixConsumer>(context));
}
