using System.Text.Json;
using AgencyHub.Adapters.Common;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Persistence.Failures;

namespace AgencyHub.Admin;

/// <summary>
/// <c>&lt;host&gt; failed …</c>, on the orchestrator and the all-in-one host: the admin API's failed-message operations
/// from a shell, against the database alone (a replay asked for here is made by the running hub). Every act is recorded
/// in the audit trail under the operator's login name.
/// </summary>
public sealed class FailedCommand(FailedMessageAdministration failures, TextWriter output)
{
    /// <summary>How to use the command.</summary>
    public const string Usage = """
        failed list [--status STATUS]                 failed messages grouped by type, endpoint and cause (default: failed;
                                                      or replayRequested, replayed, discarded, alreadyApplied, all)
        failed show ID                                one, without its body
        failed open ID --justification "WHY"          one with its body; the justification is recorded
        failed replay ID --justification "WHY"        send it again (a delivery through the gate again)
        failed discard ID --reason "WHY"              never send it; the reason is recorded
        """;

    static readonly string Operator = $"{Environment.UserName} (failed command)";

    static readonly JsonSerializerOptions Printed = new(ContractJson.Options) { WriteIndented = true };

    /// <summary>Runs the command in <paramref name="args"/> (after <c>failed</c>); returns the process's exit code.</summary>
    public async Task<int> Run(string[] args, CancellationToken cancellationToken)
    {
        try
        {
            return args switch
            {
                ["list", .. var rest] => await List(CommandOptions.Parse(rest), cancellationToken),
                ["show", var id] => await Show(Id(id), cancellationToken),
                ["open", var id, .. var rest] => await Open(Id(id), Required(CommandOptions.Parse(rest), "justification"), cancellationToken),
                ["replay", var id, .. var rest] =>
                    Report(await failures.Replay(Id(id), Operator, Required(CommandOptions.Parse(rest), "justification"), cancellationToken)),
                ["discard", var id, .. var rest] =>
                    Report(await failures.Discard(Id(id), Operator, Required(CommandOptions.Parse(rest), "reason"), cancellationToken)),
                _ => Fail("unknown failed command"),
            };
        }
        catch (CommandUsageException exception)
        {
            return Fail(exception.Message);
        }
    }

    async Task<int> List(Dictionary<string, string> given, CancellationToken cancellationToken)
    {
        var status = given.GetValueOrDefault("status", "failed");
        FailureStatus? wanted = status == "all" ? null
            : FailureStatuses.TryParse(status, out var parsed) ? parsed
            : throw new CommandUsageException($"--status '{status}' is not a status");
        var groups = await failures.Groups(wanted, cancellationToken);
        if (groups.Count == 0) output.WriteLine($"No {status} messages.");
        foreach (var group in groups)
        {
            output.WriteLine($"{group.Count} × {group.MessageType} on {group.Endpoint}: {group.Cause}");
            foreach (var failure in group.Messages)
                output.WriteLine($"  {failure.Id}  {failure.Status,-15} last failed {failure.LastFailedAt:u}  {failure.Reason}");
        }
        return 0;
    }

    async Task<int> Show(Guid id, CancellationToken cancellationToken) =>
        await failures.Find(id, cancellationToken) is { } failure ? Print(failure) : Fail($"no failed message {id}");

    async Task<int> Open(Guid id, string justification, CancellationToken cancellationToken)
    {
        if (await failures.Open(id, Operator, justification, cancellationToken) is not { } failure) return Fail($"no failed message {id}");
        Print(FailureView.Of(failure));
        output.WriteLine(failure.Body);
        return 0;
    }

    int Report(Resolution resolution) => resolution.Outcome switch
    {
        ResolutionOutcome.NotFound => Fail("no failed message of that id"),
        ResolutionOutcome.NotFailed => Fail($"it is {resolution.Failure!.Status}, not failed: only a failed message can be replayed or discarded"),
        _ => Print(resolution.Failure!),
    };

    int Print(FailureView failure)
    {
        output.WriteLine(JsonSerializer.Serialize(failure, Printed));
        return 0;
    }

    static Guid Id(string text) => Guid.TryParse(text, out var id) ? id : throw new CommandUsageException($"'{text}' is not a failed message id");

    static string Required(Dictionary<string, string> given, string option) =>
        given.TryGetValue(option, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim()
            : throw new CommandUsageException($"--{option} is required");

    static int Fail(string reason)
    {
        Console.Error.WriteLine($"failed: {reason}");
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
