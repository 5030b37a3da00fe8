using AgencyHub.Contracts.Agencies;

namespace AgencyHub.Persistence.Roles;

/// <summary>
/// Who reaches which table on PostgreSQL. The owner role (the one <c>migrate</c> runs as) owns the schema; each host
/// connects with a role of its own that holds only what its work needs:
/// <list type="bullet">
/// <item><c>agencyhub_hub</c>, the orchestrator: the PPO register, cases, release warnings, recalls, selection scores, the
/// agreements, consent records, held deliveries and agreement reviews, and the scheduler's tables.</item>
/// <item><c>agencyhub_{agency}</c>, an adapter: the agency tables, and within them only rows of its own agency
/// (row-level security, see the <c>RowLevelSecurity</c> migration).</item>
/// <item><c>agencyhub_dashboard</c>, the operators' dashboard on its own host, acting for the hub's staff: reading the
/// read models it shows (<see cref="DashboardReads"/>), the staff's API keys, every host's heartbeat and every failed
/// message (whose status an operator's replay or discard changes), and adding to the hub's audit trail; a person's
/// disclosures only through <see cref="DashboardFunctions"/>. Nothing of the sagas' it may change: a release of a held
/// delivery goes to the orchestrator as a command (migration <c>DashboardRole</c>).</item>
/// <item>Both: the inbox and outbox, each host only its own rows; the failed messages, an adapter only its agency's; the API keys, each only its own agency's (the
/// orchestrator's are the staff's, agency <c>hub</c>); reading the agreements; the audit trail, each host only adding to its own
/// chain (an adapter's is its agency's, the orchestrator's is <c>hub</c>); reading the consent records that name it
/// (an adapter) or all of them (the orchestrator).</item>
/// </list>
/// A login role is one of these roles or a direct member of one (so a deployment may name its logins as it likes and
/// rotate them). Every table of the model is in exactly one of the lists: a test keeps it so.
/// </summary>
public static class DatabaseRoles
{
    /// <summary>What every host role's name starts with; the rest of an adapter's is its agency.</summary>
    public const string Prefix = "agencyhub_";

    /// <summary>The orchestrator's role.</summary>
    public const string Hub = Prefix + "hub";

    /// <summary>The role of the dashboard's own host.</summary>
    public const string Dashboard = Prefix + "dashboard";

    /// <summary>The role of <paramref name="agency"/>'s adapter.</summary>
    public static string Of(Agency agency) => Prefix + agency.Slug();

    /// <summary>Every host role: the orchestrator's, the dashboard's, then each agency's.</summary>
    public static IReadOnlyList<string> All { get; } = [Hub, Dashboard, .. AgencyNames.Partners.Select(Of)];

    /// <summary>The <see cref="HubTables"/> the dashboard reads, and may not change.</summary>
    public static IReadOnlyList<string> DashboardReads { get; } =
        ["people", "ppo_cases", "ppo_case_timeline", "release_warnings", "recalls", "agreement_reviews", "held_deliveries"];

    /// <summary>The hub's own tables, with what the orchestrator does to them.</summary>
    public static IReadOnlyList<TableAccess> HubTables { get; } =
    [
        new("people", ReadWrite),
        new("ppo_cases", ReadWrite),
        new("ppo_case_timeline", ReadWrite),
        new("release_warnings", ReadWrite),
        new("recalls", ReadWrite),
        new("selection_scores", ReadWrite),
        new("held_deliveries", ReadWrite),
        new("agreement_reviews", ReadWrite),
    ];

    /// <summary>
    /// Kept by the orchestrator and read by every adapter (<see cref="ReadByAdapters"/>): the data-sharing agreements,
    /// which hold no personal data (an adapter's catalogue shows the fields each recipient gets, and its feed checks that
    /// a delivery's agreement has not changed since the gate allowed it); and the consent records, of which an adapter
    /// sees only those naming its agency as a recipient (row-level security, the <c>FeedRecheck</c> migration), to
    /// check before its feed that consent a delivery rests on was not withdrawn meanwhile.
    /// </summary>
    public static IReadOnlyList<TableAccess> SharedTables { get; } =
    [
        new("agreement_versions", ReadWrite),
        new("consent_records", ReadWrite),
    ];

    /// <summary>What adapters may do to the <see cref="SharedTables"/>.</summary>
    public const string ReadByAdapters = "SELECT";

    /// <summary>
    /// The tables an adapter works in, each row with an <c>agency</c>: an adapter reaches only its own agency's rows.
    /// </summary>
    public static IReadOnlyList<TableAccess> AgencyTables { get; } =
    [
        new("accepted_messages", ReadWrite),
        new("ingress_ids", ReadWrite),
        new("feed_entries", ReadWrite),
        new("feed_heads", ReadWrite),
    ];

    /// <summary>
    /// The API keys, each row with the <c>agency</c> whose routes it opens: every host reaches only its own (the
    /// orchestrator's are the hub staff's, agency <c>hub</c>).
    /// </summary>
    public static IReadOnlyList<TableAccess> CredentialTables { get; } =
    [
        new("api_keys", ReadWrite),
    ];

    /// <summary>
    /// The failed and parked messages, each row with the <c>agency</c> it concerns: an adapter reaches only its own (those
    /// its relay and webhook parked, and their replays); the orchestrator, which collects the error queues, reaches all.
    /// </summary>
    public static IReadOnlyList<TableAccess> FailureTables { get; } =
    [
        new("failed_messages", "SELECT, INSERT, UPDATE"),
    ];

    /// <summary>The tables every host uses, each row with the <c>host_role</c> that wrote it: a host reaches only its own.</summary>
    public static IReadOnlyList<TableAccess> HostTables { get; } =
    [
        new("inbox", ReadWrite),
        new("outbox", ReadWrite),
        new("host_heartbeats", ReadWrite),
    ];

    /// <summary>
    /// The audit trail, each row with the <c>agency</c> of its chain (the orchestrator's is <c>hub</c>): a host only adds
    /// entries to its own chain, and moves that chain's head. Nobody but the owner reads, changes or deletes an entry.
    /// </summary>
    public static IReadOnlyList<TableAccess> AuditTables { get; } =
    [
        new("audit_entries", "INSERT"),
        new("audit_heads", "SELECT, INSERT, UPDATE"),
    ];

    /// <summary>Every table of the lists above, each once.</summary>
    public static IEnumerable<TableAccess> Listed =>
        HubTables.Concat(SharedTables).Concat(AgencyTables).Concat(CredentialTables).Concat(FailureTables).Concat(HostTables).Concat(AuditTables);

    /// <summary>
    /// The functions only the orchestrator may call: the report of an agency's disclosures, which reads the audit trail
    /// as the owner (migration <c>DisclosureReport</c>).
    /// </summary>
    public static IReadOnlyList<string> HubFunctions { get; } = ["agencyhub_disclosures(text, timestamptz, timestamptz)"];

    /// <summary>
    /// The functions only the dashboard may call: what the hub disclosed about one person, for the journey page, read
    /// from the audit trail as the owner (migration <c>DashboardRole</c>).
    /// </summary>
    public static IReadOnlyList<string> DashboardFunctions { get; } = ["agencyhub_person_disclosures(text[])"];

    /// <summary>What <paramref name="role"/> may do to which table; <paramref name="schedulerTables"/> are the orchestrator's.</summary>
    public static IEnumerable<TableAccess> TablesOf(string role, IEnumerable<string> schedulerTables) => role switch
    {
        Hub => [.. HubTables, .. SharedTables, .. schedulerTables.Select(t => new TableAccess(t, ReadWrite)), .. MessageHostTables],
        Dashboard => [.. HubTables.Where(t => DashboardReads.Contains(t.Table)).Select(t => t with { Privileges = "SELECT" }),
            .. CredentialTables.Select(t => t with { Privileges = "SELECT" }), .. FailureTables.Select(t => t with { Privileges = "SELECT, UPDATE" }),
            .. HostTables, .. AuditTables],
        _ => [.. AgencyTables, .. SharedTables.Select(t => t with { Privileges = ReadByAdapters }), .. MessageHostTables],
    };

    // What the orchestrator and every adapter, the hosts that carry messages, have besides their own tables.
    static IEnumerable<TableAccess> MessageHostTables => CredentialTables.Concat(FailureTables).Concat(HostTables).Concat(AuditTables);

    /// <summary>The functions <paramref name="role"/> may call.</summary>
    public static IReadOnlyList<string> FunctionsOf(string role) => role switch
    {
        Hub => HubFunctions,
        Dashboard => DashboardFunctions,
        _ => [],
    };

    /// <summary>The scheduler's tables (Quartz's, by prefix): the orchestrator's alone.</summary>
    public const string SchedulerTablePattern = "qrtz\\_%";

    /// <summary>Readable by every host role: which migrations the schema has, so a host can tell that it is current.</summary>
    public const string MigrationHistory = "__EFMigrationsHistory";

    /// <summary>The file <c>deploy/postgres/setup-roles.sh</c> makes the roles from: each host role and the host it is for.</summary>
    public static string Document() =>
        "# Generated from DatabaseRoles (AgencyHub.Persistence); deploy/postgres/setup-roles.sh makes these roles.\n# role\thost\n"
        + string.Concat(All.Select(role => $"{role}\t{role switch { Hub => "orchestrator", Dashboard => "dashboard", _ => role[Prefix.Length..] + " adapter" }}\n"));

    /// <summary>Everything a role may do to rows: what the tables a role works in are granted.</summary>
    public const string ReadWrite = "SELECT, INSERT, UPDATE, DELETE";
}

/// <summary>A table and the privileges a role gets on it.</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Privileges">The privileges, as GRANT spells them.</param>
public sealed record TableAccess(string Table, string Privileges);
