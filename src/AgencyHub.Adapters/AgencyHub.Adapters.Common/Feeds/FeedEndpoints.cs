using System.Globalization;
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

    /// <summary>Largest acknowledgement body: <c>{"cursor":"…"}</c> needs a few dozen bytes.</summary>
    public const int MaxAcknowledgementBytes = 1024;

    /// <summary>Reads the feed. The parameters are read here, not bound, so a bad one is answered naming it.</summary>
    public async Task<IResult> Read(string? after, string? limit, string? wait, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        long? from = null;
        if (after is not null)
        {
            if (long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor)) from = cursor;
            else errors["after"] = ["must be a cursor returned by the feed"];
        }
        var pageSize = 100;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxLimit))
            errors["limit"] = [$"must be a whole number from 1 to {MaxLimit}"];
        var maxWait = options.MaxFeedWait.TotalSeconds;
        var seconds = 0.0;
        if (wait is not null && (!double.TryParse(wait, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds) || seconds > maxWait))
            errors["wait"] = [$"must be a number of seconds from 0 to {maxWait}"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "Invalid feed request");

        if (seconds > 0)
            await feed.WaitForItemsAfter(from, TimeSpan.FromSeconds(seconds), clock, cancellationToken);
        return Results.Json(await feed.Read(from, pageSize, AgencySystemClaims.NameOf(user), cancellationToken), ContractJson.Options);
    }

    /// <summary>
    /// Acknowledges everything up to a cursor. The cursor already acknowledged may be sent again (a repeat is harmless);
    /// an earlier one is <c>409</c>, as a feed does not move backwards. The body is read as strictly as a message.
    /// </summary>
    public async Task<IResult> Acknowledge(HttpRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (acknowledgement, problem) = await ContractBody.Read<FeedAcknowledgement>(request, MaxAcknowledgementBytes, cancellationToken,
            "Invalid acknowledgement");
        if (problem is not null) return problem;
        if (acknowledgement!.Cursor is not { } text || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
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
