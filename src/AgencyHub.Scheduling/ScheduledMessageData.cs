using Quartz;

namespace AgencyHub.Scheduling;

/// <summary>
/// What a scheduled job holds: where to send, the serialized message (its whole envelope, as text) and its content
/// type, the id it is sent with and its scheduling token. Stored as strings (<c>StoreJobDataAsStrings</c>), so the
/// store stays readable and does not depend on .NET types.
/// </summary>
public sealed record ScheduledMessageData(Guid TokenId, Uri Destination, Guid MessageId, string ContentType, string Body)
{
    const string DestinationKey = "destination";
    const string MessageIdKey = "messageId";
    const string TokenIdKey = "tokenId";
    const string ContentTypeKey = "contentType";
    const string BodyKey = "body";

    /// <summary>The job's data.</summary>
    public JobDataMap ToJobData() => new()
    {
        [TokenIdKey] = TokenId.ToString(),
        [DestinationKey] = Destination.ToString(),
        [MessageIdKey] = MessageId.ToString(),
        [ContentTypeKey] = ContentType,
        [BodyKey] = Body,
    };

    /// <summary>Reads a job's data back; throws naming the key that is missing or malformed.</summary>
    public static ScheduledMessageData FromJobData(JobDataMap data) => new(
        Guid.Parse(Required(data, TokenIdKey)),
        new Uri(Required(data, DestinationKey), UriKind.RelativeOrAbsolute),
        Guid.Parse(Required(data, MessageIdKey)),
        Required(data, ContentTypeKey),
        Required(data, BodyKey));

    static string Required(JobDataMap data, string key) =>
        data.TryGetValue(key, out var value) && value is string { Length: > 0 } text
            ? text
            : throw new FormatException($"Scheduled message job data has no '{key}'");
}
