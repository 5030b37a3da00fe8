using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Delivery;

namespace AgencyHub.Messaging.Delivery;

/// <summary>A delivery's marks as a feed stores them: their wire names, comma-separated (null for none).</summary>
public static class DeliveryMarks
{
    /// <summary>How <paramref name="marks"/> are stored.</summary>
    public static string? Stored(IReadOnlyList<DeliveryMark> marks) =>
        marks.Count == 0 ? null : string.Join(",", marks.Select(mark => JsonSerializer.SerializeToElement(mark, ContractJson.Options).GetString()));

    /// <summary>The marks <paramref name="stored"/> holds.</summary>
    public static IReadOnlyList<DeliveryMark> Read(string? stored) =>
        stored is null ? [] : [.. stored.Split(',').Select(name => JsonSerializer.Deserialize<DeliveryMark>($"\"{name}\"", ContractJson.Options))];
}
