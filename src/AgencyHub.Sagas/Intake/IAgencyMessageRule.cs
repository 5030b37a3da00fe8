using MassTransit;

namespace AgencyHub.Sagas.Intake;

/// <summary>
/// A rule the hub applies to an agency's message of type <typeparamref name="T"/> (the register and the PPO cases,
/// consent), in the message's transaction: see <see cref="HubIntake{T}"/>. Registered with <see cref="HubIntake.Rules"/>.
/// </summary>
public interface IAgencyMessageRule<in T> where T : class
{
    /// <summary>Applies the rule to the message in <paramref name="context"/>.</summary>
    Task Apply(ConsumeContext<T> context);
}
