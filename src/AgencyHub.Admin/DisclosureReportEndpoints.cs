using System.Globalization;
using System.Text;
using AgencyHub.Adapters.Common;
using AgencyHub.Adapters.Common.Credentials;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Time;
using AgencyHub.Persistence;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AgencyHub.Admin;

/// <summary>
/// <c>GET /admin/reports/disclosures</c>, for operators: an agency's "who received our data, when, under which agreement
/// and why" (<see cref="DisclosureReport"/>) over UK days <c>from</c> to <c>to</c> (both included; by default the last
/// 30 days), as JSON or, with <c>format=csv</c>, CSV. The report names people by reference, so reading it is itself
/// recorded in the audit trail, in the same transaction.
/// </summary>
public static class DisclosureReportEndpoints
{
    const int DefaultDays = 30;

    /// <summary>Maps the route.</summary>
    public static void MapDisclosureReport(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/admin/reports/disclosures", Report).RequireStaff(StaffRole.Operator);

    static async Task<IResult> Report(string? sender, string? from, string? to, string? format, HttpRequest request,
        IDbContextFactory<HubDbContext> databases, PersistenceOptions persistence, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (!AgencyNames.TryParse(sender, out var agency)) errors["sender"] = [$"is required: one of {string.Join(", ", Enum.GetValues<Agency>().Select(a => a.Slug()))}"];
        var last = Day(to, "to", UkTime.DayOf(now), errors);
        var first = Day(from, "from", last.AddDays(1 - DefaultDays), errors);
        if (errors.Count == 0 && first > last) errors["from"] = ["must not be after to"];
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)) errors["format"] = ["must be json or csv"];
        if (errors.Count > 0) return ContractBody.Invalid("The report request is invalid", errors);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var disclosures = await DisclosureReport.Of(db, persistence, agency.Slug(), UkTime.StartOf(first), UkTime.StartOf(last.AddDays(1)), cancellationToken);
        await audit.Append(db, new AuditEntry
        {
            At = now, Agency = Agency.Hub.Slug(), Actor = AgencySystemClaims.NameOf(request.HttpContext.User), Action = AuditAction.DisclosuresReported,
            Detail = $"disclosures of {agency.Slug()}'s data, {first:yyyy-MM-dd} to {last:yyyy-MM-dd}: {disclosures.Count}",
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return csv
            ? Results.Text(Csv(disclosures), "text/csv; charset=utf-8")
            : Results.Json(new { sender = agency.Slug(), from = first, to = last, disclosures }, ContractJson.Options);
    }

    static DateOnly Day(string? text, string field, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (text is null) return fallback;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors[field] = ["must be a date, yyyy-MM-dd"];
        return fallback;
    }

    static string Csv(IReadOnlyList<Disclosure> disclosures)
    {
        var text = new StringBuilder("at,recipient,messageType,personReference,agreement,purpose,messageId\r\n");
        foreach (var d in disclosures)
            text.AppendJoin(',', new[] { d.At.ToString("O", CultureInfo.InvariantCulture), d.Recipient, d.MessageType, d.PersonReference, d.Agreement, d.Purpose,
                d.MessageId?.ToString() }.Select(CsvText.Field)).Append("\r\n");
        return text.ToString();
    }
}
