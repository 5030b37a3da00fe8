namespace AgencyHub.Persistence.Database;

/// <summary>
/// Schema work of another component that only the owner role may do, done by <c>migrate</c> after the migrations and
/// before the host roles get their privileges: on PostgreSQL only, where hosts connect with roles that cannot create.
/// </summary>
public interface ISchemaStep
{
    /// <summary>Creates or adjusts what the component needs; repeating it is harmless.</summary>
    Task Apply(CancellationToken cancellationToken);
}
