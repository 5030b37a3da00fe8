using AgencyHub.Persistence.Database;
using Npgsql;

namespace AgencyHub.Tests.Persistence;

public sealed class PostgresConnectionTests
{
    [Fact]
    public void A_connection_string_gets_statement_preparation_and_no_reset_on_close_by_default()
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults("Host=db;Database=agencyhub;Username=hub"));

        Assert.Equal((32, true), (settings.MaxAutoPrepare, settings.NoResetOnClose));
        Assert.Equal(("db", "agencyhub", "hub"), (settings.Host, settings.Database, settings.Username));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    public void What_the_connection_string_sets_itself_is_kept(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(PostgresConnection.WithDefaults(connectionString));

        Assert.Equal((0, false), (settings.MaxAutoPrepare, settings.NoResetOnClose));
    }
}
