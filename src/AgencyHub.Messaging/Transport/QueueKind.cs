namespace AgencyHub.Messaging.Transport;

/// <summary>The kind of queue the hosts declare on RabbitMQ (<see cref="RabbitMqOptions.QueueKind"/>).</summary>
public enum QueueKind
{
    /// <summary>Replicated by Raft across the cluster's nodes, with a delivery limit; RabbitMQ's choice for data that must not be lost.</summary>
    Quorum,

    /// <summary>Kept on one node: for a broker without quorum queues.</summary>
    Classic,
}
