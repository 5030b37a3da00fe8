using System.Text.Json;
using AgencyHub.Adapters.Common;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Failures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgencyHub.Admin;

/// <summary>
/// <c>/admin/failed-messages</c>, for operators (a staff key of role operator): the messages that failed on a queue
/// or were parked by a relay or a webhook, grouped by type, endpoint and cause, without their bodies; opening one's body
/// (with a justification, recorded); asking for its replay (<c>202</c>: the hub sends it again, through the gate for a
/// delivery, and the list shows it replayed) or discarding it with a reason (<see cref="FailedMessageAdministration"/>).
/// </summary>
public static class FailedMessageEndpoints
{
    const int MaxBodyBytes = 16 * 1024;

    /// <summary>Maps the routes under <c>/admin/failed-messages</c>.</summary>
    public static void MapFailedMessageOperations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/admin/failed-messages").RequireStaff(StaffRole.Operator);
        group.MapGet("", List);
        group.MapGet("/{id:guid}", async (Guid id, FailedMessageAdministration failures, CancellationToken cancellationToken) =>
            await failures.Find(id, cancellationToken) is { } failure ? Results.Json(failure, ContractJson.Options) : NotFound(id));
        group.MapPost("/{id:guid}/open", Open);
        group.MapPost("/{id:guid}/replay", (Guid id, HttpRequest request, FailedMessageAdministration failures, CancellationToken cancellationToken) =>
            Resolve(id, request, failures.Replay, StatusCodes.Status202Accepted, cancellationToken));
        group.MapPost("/{id:guid}/discard", (Guid id, HttpRequest request, FailedMessageAdministration failures, CancellationToken cancellationToken) =>
            Resolve(id, request, failures.Discard, StatusCodes.Status200OK, cancellationToken));
    }

    static async Task<IResult> List(string? status, FailedMessageAdministration failures, CancellationToken cancellationToken)
    {
        FailureStatus? wanted = null;
        if (status is not null)
        {
            if (!FailureStatuses.TryParse(status, out var parsed))
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["status"] = [$"'{status}' is not a status: one of {FailureStatuses.Names}"],
                }, title: "The query is invalid");
            wanted = parsed;
        }
        return Results.Json(await failures.Groups(wanted, cancellationToken), ContractJson.Options);
    }

    static async Task<IResult> Open(Guid id, HttpRequest request, FailedMessageAdministration failures, CancellationToken cancellationToken)
    {
        var (body, problem) = await ContractBody.Read<JustifiedRequest>(request, MaxBodyBytes, cancellationToken, "The request to open is invalid");
        if (problem is not null) return problem;
        if (await failures.Open(id, AgencySystemClaims.NameOf(request.HttpContext.User), body!.Justification, cancellationToken) is not { } failure)
            return NotFound(id);
        return Results.Json(new FailedBody(FailureView.Of(failure), failure.ContentType, failure.Body), ContractJson.Options);
    }

    static async Task<IResult> Resolve(Guid id, HttpRequest request, Func<Guid, string, string, CancellationToken, Task<Resolution>> act, int status,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await ContractBody.Read<JustifiedRequest>(request, MaxBodyBytes, cancellationToken, "The request is invalid");
        if (problem is not null) return problem;
        var resolution = await act(id, AgencySystemClaims.NameOf(request.HttpContext.User), body!.Justification, cancellationToken);
        return resolution.Outcome switch
        {
            ResolutionOutcome.NotFound => NotFound(id),
            ResolutionOutcome.NotFailed => Results.Problem(
                $"Failed message {id} is {JsonNamingPolicy.CamelCase.ConvertName(resolution.Failure!.Status.ToString())}"
                + (resolution.Failure.ResolvedBy is { } by ? $" (by {by})" : "") + ": only a failed message can be replayed or discarded.",
                statusCode: StatusCodes.Status409Conflict, title: "Not waiting for an operator"),
            _ => Results.Json(resolution.Failure, ContractJson.Options, statusCode: status),
        };
    }

    static IResult NotFound(Guid id) =>
        Results.Problem($"No failed message {id}.", statusCode: StatusCodes.Status404NotFound, title: "No such failed message");

    /// <summary>A failed message with its body, as stored (a MassTransit envelope, or the parked message's JSON).</summary>
    sealed record FailedBody(FailureView Failure, string ContentType, string Body);
}
