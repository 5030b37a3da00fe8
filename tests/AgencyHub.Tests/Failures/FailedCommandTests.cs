using AgencyHub.Admin;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Persistence.Failures;
using AgencyHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgencyHub.Tests.Failures;

/// <summary>The <c>failed</c> command works the same store as the admin API, and says how it is used when it is not.</summary>
public sealed class FailedCommandTests
{
    [Fact]
    public async Task The_command_lists_by_cause_shows_and_discards_with_a_reason()
    {
        await using var hub = await AllInOneClient.Start();
        var id = await hub.StoreFailedMessage();

        var (listed, listOutput) = await Run(hub, "list");
        var (discarded, _) = await Run(hub, "discard", id.ToString(), "--reason", "superseded by a later release");
        var (again, _) = await Run(hub, "discard", id.ToString(), "--reason", "twice");
        var (noReason, _) = await Run(hub, "replay", id.ToString());

        Assert.Equal((0, 0, 2, 2), (listed, discarded, again, noReason));
        Assert.Contains("1 × offender-released on hub-intake: System.TimeoutException", listOutput);
        var stored = await hub.Query(db => db.FailedMessages.SingleAsync());
        Assert.Equal((FailureStatus.Discarded, "superseded by a later release"), (stored.Status, stored.Resolution));
        Assert.EndsWith("(failed command)", stored.ResolvedBy);
    }

    static async Task<(int Exit, string Output)> Run(AllInOneClient hub, params string[] args)
    {
        var output = new StringWriter();
        var command = ActivatorUtilities.CreateInstance<FailedCommand>(hub.Services, output);
        return (await command.Run(args, CancellationToken.None), output.ToString());
    }
}
