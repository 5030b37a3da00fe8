using AgencyHub.Persistence.Failures;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.IntegrationTests.Support;

/// <summary>Looks into the failed-message store, where the orchestrator collects every error queue.</summary>
public static class FailedMessages
{
    /// <summary>
    /// Waits until the failure on <paramref name="queue"/> of the message <paramref name="id"/> (or of the message
    /// whose body names it, such as a schedule request's token) has been collected, and returns it.
    /// </summary>
    public static async Task<FailedMessage> Collected(IReadOnlyDictionary<string, string?> database, string queue, Guid id)
    {
        var named = id.ToString();
        var deadline = DateTime.UtcNow + Timeouts.Message;
        while (DateTime.UtcNow < deadline)
        {
            await using (var db = DatabaseSettings.OwnerContext(database))
                if (await db.FailedMessages.AsNoTracking()
                        .FirstOrDefaultAsync(f => f.Endpoint == queue && (f.MessageId == id || f.Body.Contains(named))) is { } failure)
                    return failure;
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        Assert.Fail($"No failure of {id} on {queue} was collected within {Timeouts.Message}");
        return null!;
    }
}
