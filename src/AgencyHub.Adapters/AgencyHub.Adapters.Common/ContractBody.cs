using System.Text.Json;
using AgencyHub.Adapters.Common.Ingress;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Validation;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Adapters.Common;

/// <summary>
/// Reads a JSON request body into a contract, answering a bad one as the ingress API does: 415 when it is not JSON,
/// 413 over the size limit, 400 problem details naming each bad field by its JSON path.
/// </summary>
public static class ContractBody
{
    /// <summary>
    /// The contract read from <paramref name="request"/>, or the problem to answer instead (titled <paramref name="title"/>,
    /// by default after the contract's name).
    /// </summary>
    public static async Task<(T? Message, IResult? Problem)> Read<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken,
        string? title = null) where T : class
    {
        if (request.GetTypedHeaders().ContentType is not { } contentType || contentType.MediaType != "application/json")
            return (null, Results.Problem($"Send the message as application/json (got '{request.ContentType ?? "none"}').",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type"));
        if (await BodyReader.ReadLimited(request, maxBytes, cancellationToken) is not { } body)
            return (null, Results.Problem($"A message may be at most {maxBytes} bytes.",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Message too large"));
        var (message, errors) = Parse(body, typeof(T), latestEventTime: null);
        return errors.Count == 0 ? ((T)message!, null) : (null, Invalid(title ?? $"The {MessageCatalogue.For<T>().Name} message is invalid", errors));
    }

    /// <summary>
    /// Reads a body into a contract of <paramref name="type"/> and checks it, refusing an event time after
    /// <paramref name="latestEventTime"/> when given; the errors by field path, none when it is valid.
    /// </summary>
    public static (object? Message, Dictionary<string, string[]> Errors) Parse(byte[] body, Type type, DateTimeOffset? latestEventTime)
    {
        JsonDocument document;
        try
        {
            // Duplicate fields are found by the serializer below, which knows their paths.
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            return (null, new() { ["body"] = [$"is not valid JSON: {exception.Message}"] });
        }
        using (document)
        {
            try
            {
                return document.Deserialize(type, ContractJson.Options) is { } message
                    ? (message, ByField(ContractValidator.Validate(message, latestEventTime)))
                    : (null, new() { ["body"] = ["must be a JSON object"] });
            }
            catch (JsonException exception)
            {
                return (null, JsonProblem.Errors(exception));
            }
        }
    }

    /// <summary>Field errors grouped by their JSON path.</summary>
    public static Dictionary<string, string[]> ByField(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    /// <summary>A 400 problem listing <paramref name="errors"/> by field, with a one-line summary as its detail.</summary>
    public static IResult Invalid(string title, Dictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: title,
            detail: string.Join("; ", errors.Select(e => $"{(e.Key.Length > 0 ? e.Key : "body")}: {string.Join(", ", e.Value)}")));
}
