namespace AgencyHub.Adapters.Common;

/// <summary>The <c>--option value</c> pairs of a host command (<c>keys</c>, <c>failed</c>).</summary>
public static class CommandOptions
{
    /// <summary>The options in <paramref name="args"/>, by name without the dashes; throws <see cref="CommandUsageException"/> on anything else.</summary>
    public static Dictionary<string, string> Parse(string[] args)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new CommandUsageException($"expected --option value, got '{args[i]}'");
            given[args[i][2..]] = args[i + 1];
        }
        return given;
    }
}

/// <summary>A host command used wrongly: its message says how.</summary>
public sealed class CommandUsageException(string message) : Exception(message);
