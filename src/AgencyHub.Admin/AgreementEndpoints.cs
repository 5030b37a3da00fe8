using AgencyHub.Adapters.Common;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Sharing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AgencyHub.Admin;

/// <summary>
/// <c>/admin/agreements</c>, for administrators only (a staff key of role administrator): read the agreements and every
/// version, draft or amend one (<c>PUT</c> with its terms), and activate, suspend, renew or end it. Each change is a new
/// version with its audit entry, made by the key's holder; the gate uses it at once in this host (another orchestrator
/// within <c>Sharing:AgreementRefresh</c>). Bad terms are a 400 naming each field; a change racing another is a 409.
/// </summary>
public static class AgreementEndpoints
{
    const int MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the routes under <c>/admin/agreements</c>.</summary>
    public static void MapAgreementAdministration(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/admin/agreements").RequireStaff(StaffRole.Administrator);
        group.MapGet("", async (AgreementStore store, CancellationToken cancellationToken) =>
            Results.Json((await store.Book(cancellationToken)).Agreements, ContractJson.Options));
        group.MapGet("/{id}", async (string id, AgreementStore store, CancellationToken cancellationToken) =>
            await store.Current(id, cancellationToken) is { } agreement ? Results.Json(agreement, ContractJson.Options) : NotFound(id));
        group.MapGet("/{id}/versions", async (string id, AgreementStore store, CancellationToken cancellationToken) =>
            await store.History(id, cancellationToken) is { Count: > 0 } versions ? Results.Json(versions, ContractJson.Options) : NotFound(id));
        group.MapPut("/{id}", Write);
        foreach (var change in new[] { AgreementChange.Activated, AgreementChange.Suspended, AgreementChange.Renewed, AgreementChange.Expired })
            group.MapPost($"/{{id}}/{Verb(change)}", (string id, HttpRequest request, AgreementAdministration administration, CancellationToken cancellationToken) =>
                ChangeStatus(id, change, request, administration, cancellationToken));
    }

    static async Task<IResult> Write(string id, HttpRequest request, AgreementAdministration administration, CancellationToken cancellationToken)
    {
        var (terms, problem) = await ContractBody.Read<AgreementTerms>(request, MaxBodyBytes, cancellationToken, "The agreement is invalid");
        if (problem is not null) return problem;
        if (AgreementRules.Problems(id, terms!) is { Count: > 0 } problems)
            return ContractBody.Invalid("The agreement is invalid", ContractBody.ByField(problems));
        var outcome = await administration.Write(id, terms!, AgencySystemClaims.NameOf(request.HttpContext.User), cancellationToken);
        return Answer(outcome, id, created: outcome.Agreement?.Version == 1);
    }

    static async Task<IResult> ChangeStatus(string id, AgreementChange change, HttpRequest request, AgreementAdministration administration,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await ContractBody.Read<AgreementChangeRequest>(request, MaxBodyBytes, cancellationToken, "The change is invalid");
        if (problem is not null) return problem;
        var missing = change switch
        {
            AgreementChange.Suspended or AgreementChange.Expired when string.IsNullOrWhiteSpace(body!.Reason) => ("reason", "is required: say why"),
            AgreementChange.Renewed when body!.ReviewOn is null => ("reviewOn", "is required: the new review date"),
            _ => default((string, string)?),
        };
        if (missing is var (field, message))
            return ContractBody.Invalid("The change is invalid", new() { [field] = [message] });
        var outcome = await administration.Change(id, change, body!.Reason, body.ReviewOn, AgencySystemClaims.NameOf(request.HttpContext.User),
            cancellationToken);
        return Answer(outcome, id, created: false);
    }

    static IResult Answer(AdministrationOutcome outcome, string id, bool created) => outcome switch
    {
        { Agreement: { } agreement } when created => Results.Json(agreement, ContractJson.Options, statusCode: StatusCodes.Status201Created),
        { Agreement: { } agreement } => Results.Json(agreement, ContractJson.Options),
        { Missing: true } => NotFound(id),
        _ => Results.Problem(outcome.Refusal, statusCode: StatusCodes.Status409Conflict, title: "The change cannot be made"),
    };

    static IResult NotFound(string id) =>
        Results.Problem($"There is no agreement '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "No such agreement");

    static string Verb(AgreementChange change) => change switch
    {
        AgreementChange.Activated => "activate",
        AgreementChange.Suspended => "suspend",
        AgreementChange.Renewed => "renew",
        _ => "expire",
    };
}
