using System.Text.Json;
using AgencyHub.Contracts.Catalogue;
using System.Text.RegularExpressions;

namespace AgencyHub.Adapters.Common.Ingress;

/// <summary>Turns an error reading well-formed JSON into a contract into the fields it concerns and a plain explanation.</summary>
public static partial class JsonProblem
{
    [GeneratedRegex("missing required properties including: (?<names>.*)\\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("'(?<name>[^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex("The JSON value could not be converted to (?<type>[^ ]+)\\.")]
    private static partial Regex Unconvertible();

    // A field given twice in one object, by its path, or null when the exception is about something else.
    static Dictionary<string, string[]>? Duplicate(JsonException exception)
    {
        if (!exception.Message.Contains("uplicate", StringComparison.Ordinal)) return null;
        var path = exception.Path is null or "$" ? "" : exception.Path.TrimStart('$', '.');
        var name = Quoted().Match(exception.Message) is { Success: true } quoted ? quoted.Groups["name"].Value : "";
        var field = path.EndsWith(name, StringComparison.Ordinal) ? path : Join(path, name);
        return new() { [field.Length > 0 ? field : "body"] = ["is given more than once"] };
    }

    /// <summary>Field path (JSON path without <c>$.</c>, or <c>body</c>) to error messages.</summary>
    public static Dictionary<string, string[]> Errors(JsonException exception)
    {
        if (Duplicate(exception) is { } duplicate) return duplicate;
        var path = exception.Path is null or "$" ? "" : exception.Path.TrimStart('$', '.');
        var message = exception.Message.Split(" Path:")[0];
        if (MissingRequired().Match(message) is { Success: true } missing)
            return Quoted().Matches(missing.Groups["names"].Value)
                .ToDictionary(m => Join(path, m.Groups["name"].Value), _ => new[] { "is required" });
        if (Unmapped().Match(message) is { Success: true } unmapped)
            return new() { [Join(path, unmapped.Groups["name"].Value)] = ["is not a field of this message"] };
        if (Unconvertible().Match(message) is { Success: true } unconvertible)
            return new() { [path.Length > 0 ? path : "body"] = [Expected(unconvertible.Groups["type"].Value)] };
        return new() { [path.Length > 0 ? path : "body"] = [message] };
    }

    static string Expected(string typeName)
    {
        var type = typeof(MessageCatalogue).Assembly.GetType(typeName) ?? Type.GetType(typeName);
        var target = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            { IsEnum: true } => "must be one of: " + string.Join(", ", Enum.GetNames(target).Select(JsonNamingPolicy.CamelCase.ConvertName)),
            not null when target == typeof(DateTimeOffset) => "must be a date and time with offset, e.g. 2026-11-23T09:30:00Z",
            not null when target == typeof(DateOnly) => "must be a date, e.g. 2026-11-23",
            not null when target == typeof(Guid) => "must be a UUID",
            not null => $"must be a {target.Name}",
            null => "has a value of the wrong type or format",
        };
    }

    static string Join(string path, string name)
    {
        // The path of a missing or unknown member points at the member itself for unknown ones (e.g. $.extra).
        if (path.EndsWith(name, StringComparison.Ordinal)) return path;
        return path.Length == 0 ? name : $"{path}.{name}";
    }
}
