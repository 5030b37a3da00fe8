using System.Data.Common;

namespace AgencyHub.Persistence.Database;

/// <summary>Hand-written statements with named parameters (a null value is sent as SQL NULL).</summary>
static class SqlCommands
{
    /// <summary>A command in <paramref name="transaction"/>.</summary>
    public static DbCommand In(DbTransaction transaction, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command.CreateParameter, command.Parameters, parameters);
        return command;
    }

    /// <summary>Adds a command to <paramref name="batch"/>, whose statements reach the server in one round trip.</summary>
    public static void Add(DbBatch batch, string sql, IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        Add(command.CreateParameter, command.Parameters, parameters);
        batch.BatchCommands.Add(command);
    }

    static void Add(Func<DbParameter> create, DbParameterCollection collection, IEnumerable<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            collection.Add(parameter);
        }
    }
}
