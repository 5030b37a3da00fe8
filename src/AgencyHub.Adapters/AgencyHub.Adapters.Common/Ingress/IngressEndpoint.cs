using System.Diagnostics;
using AgencyHub.Persistence.Audit;
using System.Text.Json;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Validation;
using AgencyHub.Messaging.Journal;
using AgencyHub.Persistence.Ingress;
using MassTransit;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Adapters.Common.Ingress;

/// <summary>
/// <c>POST /messages/{type}</c>: where an agency's system posts a message. Checked at the edge (content type, size,
/// message type, JSON, contract) so a bad message is answered with a 4xx naming the problem and never reaches the
/// bus; a good one is stored in the database, answered <c>202</c> with its id, and published by the
/// <see cref="IngressRelay"/>, so agencies can keep posting while the broker is down.
/// </summary>
public sealed class IngressEndpoint(Agency agency, AdapterOptions options, IngressRelay relay)
{
    /// <summary>Optional request header carrying the sender's own message id (a UUID), so a re-post has one effect.</summary>
    public const string MessageIdHeader = "X-Message-Id";

    /// <summary>Handles one post.</summary>
    public async Task<IResult> Post(string type, HttpContext http, AcceptedMessageStore store, MessageJournal journal, TimeProvider clock)
    {
        var request = http.Request;
        if (request.GetTypedHeaders().ContentType is not { } contentType || contentType.MediaType != "application/json")
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the message as application/json (got '{request.ContentType ?? "none"}').");

        var contract = MessageCatalogue.Find(type);
        if (contract is null || !contract.IsSentBy(agency))
            return Problem(StatusCodes.Status404NotFound, "Unknown message type",
                $"{agency.Slug()} may not send '{type}'. It may send: " +
                $"{string.Join(", ", MessageCatalogue.SentBy(agency).Where(c => c.IsPostedToIngress).Select(c => c.Name))}.");
        if (!contract.IsPostedToIngress)
            return Problem(StatusCodes.Status404NotFound, "Not posted here",
                $"'{type}' is a request the hub answers at once: post it to POST {contract.Route}.");

        if (await BodyReader.ReadLimited(request, options.MaxBodyBytes, http.RequestAborted) is not { } body)
            return Problem(StatusCodes.Status413PayloadTooLarge, "Message too large",
                $"A message may be at most {options.MaxBodyBytes} bytes.");

        if (!TryMessageId(request, out var messageId))
            return Results.ValidationProblem(new Dictionary<string, string[]> { [MessageIdHeader] = ["must be a UUID"] },
                title: "Invalid message id");

        var (message, errors) = ContractBody.Parse(body, contract.Type, clock.GetUtcNow() + options.FutureTolerance);
        if (errors.Count > 0)
            return ContractBody.Invalid($"The {contract.Name} message is invalid", errors);

        var accepted = new AcceptedMessage
        {
            MessageId = messageId,
            Agency = agency.Slug(),
            AgencySystem = AgencySystemClaims.NameOf(http.User),
            MessageType = contract.Name,
            Body = JsonSerializer.Serialize(message, contract.Type, ContractJson.Options),
            AcceptedAt = clock.GetUtcNow(),
            // Only while something traces (OTLP configured): the request's span, which the publish continues.
            TraceParent = Activity.Current?.Id,
        };
        switch (await store.Accept(accepted, PersonReference.About(message), http.RequestAborted))
        {
            case AcceptOutcome.IdTaken:
                return Problem(StatusCodes.Status409Conflict, "Message id already used",
                    $"A different message was accepted under {MessageIdHeader} {messageId}: give each message its own id.");
            case AcceptOutcome.Accepted:
                journal.Record(new JournalEntry(clock.GetUtcNow(), JournalEntryKind.Accepted, messageId, contract.Name, agency, null, "accepted"));
                relay.Wake();
                break;
        }
        return Results.Json(new { messageId, messageType = contract.Name }, statusCode: StatusCodes.Status202Accepted);
    }

    static bool TryMessageId(HttpRequest request, out Guid messageId)
    {
        var header = request.Headers[MessageIdHeader].ToString();
        if (header.Length == 0)
        {
            messageId = NewId.NextGuid();
            return true;
        }
        return Guid.TryParse(header, out messageId) && messageId != Guid.Empty;
    }

    static IResult Problem(int status, string title, string detail) => Results.Problem(detail, statusCode: status, title: title);
}
