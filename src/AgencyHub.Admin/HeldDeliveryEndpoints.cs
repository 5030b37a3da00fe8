using System.Text.Json;
using AgencyHub.Adapters.Common;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Sagas.Sharing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Admin;

/// <summary>
/// <c>/admin/held-deliveries</c>, for operators (a staff key of role operator): the deliveries the gate held, newest first,
/// without their content (whom each is about only by reference), and their release. A release is answered 202 at once:
/// the hub runs the gate again in its own transaction (<see cref="HeldDeliveryRelease"/>), and the list shows whether it
/// was released or is still held, and why. Opening a held delivery's body needs a justification, recorded in the audit
/// trail (a consultation) in the same transaction that reads it.
/// </summary>
public static class HeldDeliveryEndpoints
{
    const int MaxBodyBytes = 16 * 1024;

    /// <summary>Maps the routes under <c>/admin/held-deliveries</c>.</summary>
    public static void MapHeldDeliveryOperations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/admin/held-deliveries").RequireStaff(StaffRole.Operator);
        group.MapGet("", async (bool? released, IDbContextFactory<HubDbContext> databases, CancellationToken cancellationToken) =>
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var held = await db.HeldDeliveries.AsNoTracking()
                .Where(h => released == null || (h.ReleasedAt != null) == released)
                .Select(h => new HeldDeliveryView(h.DeliveryId, h.Sender, h.Recipient, h.MessageType, h.Purpose, h.SourceMessageId, h.PersonReference,
                    h.Agreement, h.Reason, h.HeldAt, h.ReleasedAt, h.ReleasedBy, h.ReleaseReason))
                .ToListAsync(cancellationToken);
            // Ordered here: SQLite cannot order by an instant.
            return Results.Json(held.OrderByDescending(h => h.HeldAt), ContractJson.Options);
        });
        group.MapPost("/{deliveryId:guid}/release", Release);
        group.MapPost("/{deliveryId:guid}/open", Open);
    }

    static async Task<IResult> Open(Guid deliveryId, HttpRequest request, HeldDeliveryAdministration administration, CancellationToken cancellationToken)
    {
        var (body, problem) = await ContractBody.Read<JustifiedRequest>(request, MaxBodyBytes, cancellationToken, "The request to open is invalid");
        if (problem is not null) return problem;
        if (await administration.Open(deliveryId, AgencySystemClaims.NameOf(request.HttpContext.User), body!.Justification, cancellationToken)
            is not { } held)
            return NotHeld(deliveryId);
        return Results.Json(new HeldBody(held.DeliveryId, held.Sender, held.Recipient, held.MessageType, held.Reason, JsonSerializer.Deserialize<JsonElement>(held.Payload)),
            ContractJson.Options);
    }

    static IResult NotHeld(Guid deliveryId) =>
        Results.Problem($"No delivery {deliveryId} is held.", statusCode: StatusCodes.Status404NotFound, title: "No such held delivery");

    static async Task<IResult> Release(Guid deliveryId, HttpRequest request, HeldDeliveryAdministration held, CancellationToken cancellationToken)
    {
        var (body, problem) = await ContractBody.Read<JustifiedRequest>(request, MaxBodyBytes, cancellationToken, "The release is invalid");
        if (problem is not null) return problem;
        var (outcome, delivery) = await held.Release(deliveryId, AgencySystemClaims.NameOf(request.HttpContext.User), body!.Justification, cancellationToken);
        return outcome switch
        {
            ReleaseOutcome.NotHeld => NotHeld(deliveryId),
            ReleaseOutcome.AlreadyReleased => Results.Problem($"Delivery {deliveryId} was released at {delivery!.ReleasedAt:O} by {delivery.ReleasedBy}.",
                statusCode: StatusCodes.Status409Conflict, title: "Already released"),
            _ => Results.Json(new { deliveryId, status = "release requested: the gate runs again; GET /admin/held-deliveries shows the outcome" },
                statusCode: StatusCodes.Status202Accepted),
        };
    }

    sealed record HeldBody(Guid DeliveryId, string Sender, string Recipient, string MessageType, string Reason, JsonElement Payload);

    sealed record HeldDeliveryView(Guid DeliveryId, string Sender, string Recipient, string MessageType, string Purpose, Guid SourceMessageId,
        string? PersonReference, string? Agreement, string Reason, DateTimeOffset HeldAt, DateTimeOffset? ReleasedAt, string? ReleasedBy,
        string? ReleaseReason);
}
