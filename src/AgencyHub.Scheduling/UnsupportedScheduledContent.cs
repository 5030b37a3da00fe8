using AgencyHub.Messaging.Validation;

namespace AgencyHub.Scheduling;

/// <summary>
/// A <c>ScheduleMessage</c> whose payload is not in MassTransit's JSON envelope, the only form the job can send again:
/// refused when it is scheduled (to the error queue), not discovered when it falls due.
/// </summary>
public sealed class UnsupportedScheduledContent(string contentType)
    : PermanentMessageFailure($"Cannot schedule a message of content type '{contentType}': only {ScheduledBody.ContentType} is supported");
