using System.Security.Claims;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Persistence.Feeds;
using Microsoft.AspNetCore.Http;

namespace AgencyHub.Adapters.Common.Feeds;

/// <summary>
/// <c>GET /feed</c> and <c>POST /feed/ack</c>: the pull side of an agency's delivery channel. Read with
/// <c>after</c> (a cursor), <c>limit</c> (1-500, default 100) and <c>wait</c> (seconds to wait for new items);
/// acknowledge with <c>{"cursor": "..."}</c> once the items are stored on the agency's side.
/// </summary>
public sealed class FeedEndpoints(AgencyFeed feed, AdapterOptions options, TimeProvider clock)
{
    /// <summary>Largest page a read returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Reads the feed.</summary>
    public async Task<IResult> Read(string? after, int? limit, double? wait, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        long? from = null;
        if (after is not null)
        {
            if (long.TryParse(after, out var cursor) && cursor >= 0) from = cursor;
            else errors["after"] = ["must be a cursor returned by the feed"];
        }
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"must be between 1 and {MaxLimit}"];
        var maxWait = options.MaxFeedWait.TotalSeconds;
        if (wait is < 0 || wait > maxWait) errors["wait"] = [$"must be between 0 and {maxWait} seconds"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "Invalid feed request");

        if (wait is > 0)
            await feed.WaitForItemsAfter(from, TimeSpan.FromSeconds(wait.Value), clock, cancellationToken);
        return Results.Json(await feed.Read(from, limit ?? 100, AgencySystemClaims.NameOf(user), cancellationToken), ContractJson.Options);
    }

    /// <summary>
    /// Acknowledges everything up to a cursor. The cursor already acknowledged may be sent again (a repeat is harmless);
    /// an earlier one is <c>409</c>, as a feed does not move backwards.
    /// </summary>
    public async Task<IResult> Acknowledge(FeedAcknowledgement? acknowledgement, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (acknowledgement?.Cursor is not { } text || !long.TryParse(text, out var cursor))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["is required: a cursor returned by the feed"] },
                title: "Invalid acknowledgement");
        return await feed.Acknowledge(cursor, AgencySystemClaims.NameOf(user), cancellationToken) switch
        {
            AcknowledgeOutcome.Acknowledged or AcknowledgeOutcome.AlreadyAcknowledged => Results.NoContent(),
            AcknowledgeOutcome.Behind => Results.Problem($"The feed is acknowledged beyond cursor {text}: a feed does not move backwards.",
                statusCode: StatusCodes.Status409Conflict, title: "Cursor already passed"),
            _ => Results.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = [$"'{text}' is beyond the end of the feed"] },
                title: "Invalid acknowledgement"),
        };
    }
}

/// <summary>The body of <c>POST /feed/ack</c>.</summary>
/// <param name="Cursor">The cursor of the last item the agency has safely stored.</param>
public sealed record FeedAcknowledgement(string? Cursor);
