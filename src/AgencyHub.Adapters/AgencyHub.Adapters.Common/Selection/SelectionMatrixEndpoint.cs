using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Contracts.Selection;
using AgencyHub.Messaging.Transport;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Adapters.Common.Selection;

/// <summary>
/// <c>POST /selection-matrix/score</c> on the police adapter: scores a candidate PPO with the scheme's selection matrix
/// (PPO Strategy Initial Guidance 2004, Annex C) and answers <c>200</c> with the total and its breakdown for the audit
/// trail (Annex C §13), or <c>400</c> naming the fields the body or the scheme's matrix refuses. The hub scores; the
/// adapter only asks.
/// </summary>
public sealed class SelectionMatrixEndpoint(AdapterOptions options)
{
    /// <summary>Maps the endpoint on <paramref name="routes"/>: the police adapter's only, as police propose PPOs
    /// (PPO Strategy Initial Guidance 2004, Annex C).</summary>
    public static void Map(IEndpointRouteBuilder routes, AdapterOptions options) =>
        routes.MapPost(MessageCatalogue.For<ScoreSelectionCandidate>().Route, new SelectionMatrixEndpoint(options).Score);

    /// <summary>Handles one request.</summary>
    public async Task<IResult> Score(HttpContext http, IRequestClient<ScoreSelectionCandidate> hub, ILogger<SelectionMatrixEndpoint> logger)
    {
        var (candidate, problem) = await ContractBody.Read<ScoreSelectionCandidate>(http.Request, options.MaxBodyBytes, http.RequestAborted);
        if (candidate is null) return problem!;
        try
        {
            var response = await hub.GetResponse<SelectionCandidateScored, SelectionCandidateRejected>(candidate,
                request => request.UseExecute(send => send.Headers.Set(HubHeaders.Sender, Agency.Police.Slug())),
                http.RequestAborted, options.PublishTimeout);
            return response.Message switch
            {
                SelectionCandidateScored scored => Results.Json(scored, ContractJson.Options),
                SelectionCandidateRejected rejected => ContractBody.Invalid("The candidate was not scored", ContractBody.ByField(rejected.Errors)),
                var other => throw new InvalidOperationException($"Unexpected answer {other.GetType().Name} to a score request"),
            };
        }
        // A fault in the hub's consumer is not the broker's or the hub's absence: it is left to the 500 handler.
        catch (Exception exception) when (exception is OperationCanceledException or MassTransitException and not RequestFaultException
                                          && !http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(exception, "The hub did not answer a selection-matrix score request for scheme {Scheme}", candidate.Scheme.Code);
            http.Response.Headers.RetryAfter = "5";
            return Results.Problem("The hub did not answer in time. Nothing was scored: ask again.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Candidate not scored");
        }
    }
}

