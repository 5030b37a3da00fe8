using System.Net;
using AgencyHub.Contracts.Agencies;
using AgencyHub.IntegrationTests.Support;
using AgencyHub.Persistence.Audit;
using AgencyHub.Persistence.Credentials;
using AgencyHub.Persistence.Roles;
using AgencyHub.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AgencyHub.IntegrationTests;

/// <summary>
/// The dashboard on its own host, as its own database role and broker user: it shows a journey with who received
/// what (read through the owner's function, as its role may not read the audit trail), every host's health, and
/// sends an operator's release of a held delivery to the orchestrator, which runs the gate again.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class DashboardHostTests(HubOnRabbitMq hub)
{
    async Task<DashboardSession> Staff(StaffRole role) => await DashboardSession.SignedIn(hub.Dashboard.GetTestServer(), await hub.StaffKey(role));

    [Fact]
    public async Task A_journey_shows_who_received_what_and_the_look_is_recorded_in_the_hub_s_audit_trail()
    {
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        await hub.ReceiveIntoCustody(pncId);
        await hub.Adapter(Agency.Prison).WaitForItems(Journeys.ReceptionAlert, pncId);
        var person = await hub.PersonWith(pncId);
        var session = await Staff(StaffRole.ReadOnly);

        var journey = await session.Http.GetStringAsync($"/people/{person}");
        var deadlines = await session.Http.GetStringAsync("/deadlines?scheme=CDRP-LEEDS");
        var health = await session.Http.GetStringAsync("/adapters");
        using var messages = await session.Http.GetAsync("/messages");

        Assert.Contains($"Journey of PNC {pncId}", journey);
        Assert.Matches("<td>prison</td><td>ppo-reception-alert</td>", journey);
        Assert.Contains($"<td>{pncId}</td>", deadlines);
        Assert.Contains("dashboard", health);
        Assert.Contains("orchestrator", health);
        // It carries no agency messages, so it has no page of them.
        Assert.Equal(HttpStatusCode.NotFound, messages.StatusCode);
        await using var db = DatabaseSettings.OwnerContext(hub.Database);
        var look = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.JourneyViewed && e.PersonReference == $"pnc:{pncId}");
        Assert.Equal(Agency.Hub.Slug(), look.Agency);
    }

    [Fact]
    public async Task An_operator_s_release_of_a_held_delivery_goes_to_the_orchestrator_which_runs_the_gate_again()
    {
        // The YOT's copy of a selection is held: the hub has no date of birth to show the person is under 18.
        var pncId = People.NewPncId();
        await hub.SelectAsPpo(pncId);
        Guid delivery;
        await using (var db = DatabaseSettings.OwnerContext(hub.Database))
            delivery = await db.HeldDeliveries.Where(h => h.PersonReference == $"pnc:{pncId}").Select(h => h.DeliveryId).SingleAsync();
        var session = await Staff(StaffRole.Operator);

        using var release = await session.PostForm("/held", $"/held/{delivery}/release", new() { ["justification"] = "date of birth asked of the YOT" });

        Assert.Equal(HttpStatusCode.Redirect, release.StatusCode);
        var deadline = DateTime.UtcNow + Timeouts.Message;
        AuditEntry? recorded = null;
        while (recorded is null && DateTime.UtcNow < deadline)
        {
            await using var db = DatabaseSettings.OwnerContext(hub.Database);
            recorded = await db.AuditEntries.SingleOrDefaultAsync(e => e.Action == AuditAction.DeliveryReleased && e.MessageId == delivery);
            if (recorded is null) await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        Assert.NotNull(recorded);
        Assert.Equal(("date of birth asked of the YOT", "Integration test operator"), (recorded.Justification, recorded.Actor));
        Assert.StartsWith("still held", recorded.Detail);
    }

    [Theory]
    [InlineData("UPDATE ppo_cases SET current_state = 'Deselected'")]
    [InlineData("DELETE FROM held_deliveries")]
    [InlineData("SELECT count(*) FROM audit_entries")]
    [InlineData("SELECT count(*) FROM feed_entries")]
    [InlineData("SELECT count(*) FROM consent_records")]
    public async Task Its_database_role_changes_nothing_of_the_sagas_and_reads_neither_the_trail_nor_the_feeds(string sql)
    {
        await using var connection = new NpgsqlConnection(DatabaseSettings.ConnectionAs(hub.Database, DatabaseRoles.Dashboard));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}
