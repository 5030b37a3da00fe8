namespace AgencyHub.Messaging.Delivery;

/// <summary>Configuration section <c>DeliveryPolicy</c>.</summary>
public sealed class DeliveryPolicyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "DeliveryPolicy";

    /// <summary>The policy file; relative paths are resolved against the application's directory.</summary>
    public string Path { get; set; } = "delivery-policy.json";
}
