using System.Text.Json.Nodes;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Delivery;
using AgencyHub.Messaging.Transport;

namespace AgencyHub.Adapters.Common.Catalogue;

/// <summary>
/// The AsyncAPI 3.0 description of the hub's messages on RabbitMQ, generated from the contracts, for systems that use
/// the broker directly: a channel per message type (its exchange) with the agencies that send it, and each agency's
/// delivery queue. Served by every adapter at <c>GET /asyncapi.json</c> and committed as <c>contracts/asyncapi.json</c>,
/// where a test keeps it in step with the code.
/// </summary>
public static class AsyncApiDocument
{
    /// <summary>The document, as indented JSON ending in a newline.</summary>
    public static string Generate()
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        foreach (var contract in MessageCatalogue.All.Where(c => c.Senders.Any(s => s != Agency.Hub)))
        {
            messages[contract.Name] = new JsonObject
            {
                ["name"] = contract.Name,
                ["summary"] = $"Purpose: {contract.Purpose}; version {contract.Version}",
                ["payload"] = CatalogueDocument.SchemaOf(contract.Type),
            };
            channels[contract.Name] = Channel(BrokerPermissions.ExchangeOf(contract.Type), contract.Name, "fanout");
            operations[$"send-{contract.Name}"] = new JsonObject
            {
                ["action"] = "send",
                ["channel"] = Ref($"#/channels/{contract.Name}"),
                ["summary"] = $"Sent by {string.Join(", ", contract.Senders.Where(s => s != Agency.Hub).Select(s => s.Slug()))}, each as its own broker user",
            };
        }
        messages["agency-delivery"] = new JsonObject
        {
            ["name"] = "agency-delivery",
            ["summary"] = "A delivery to one agency, sent only by the hub's broker user; payload holds the message as its recipient may see it",
            ["payload"] = CatalogueDocument.SchemaOf(typeof(AgencyDelivery)),
        };
        foreach (var agency in AgencyNames.Partners)
        {
            var queue = DeliveryQueues.Name(agency);
            channels[queue] = Channel(queue, "agency-delivery", "fanout");
            operations[$"receive-{queue}"] = new JsonObject
            {
                ["action"] = "receive",
                ["channel"] = Ref($"#/channels/{queue}"),
                ["summary"] = $"Read only by the {agency.Slug()} adapter's broker user",
            };
        }
        var document = new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "AgencyHub messages on RabbitMQ",
                ["version"] = "1",
                ["description"] = "Each message travels in MassTransit's JSON envelope (its message field is the payload below), " +
                    "carrying the sending host's broker user as RabbitMQ's validated user-id.",
            },
            ["defaultContentType"] = "application/vnd.masstransit+json",
            ["servers"] = new JsonObject
            {
                ["broker"] = new JsonObject
                {
                    ["host"] = "rabbitmq:5672",
                    ["protocol"] = "amqp",
                    ["protocolVersion"] = "0-9-1",
                    ["security"] = new JsonArray(Ref("#/components/securitySchemes/brokerUser")),
                },
            },
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject
            {
                ["messages"] = messages,
                ["securitySchemes"] = new JsonObject
                {
                    ["brokerUser"] = new JsonObject
                    {
                        ["type"] = "userPassword",
                        ["description"] = "Each host its own user (deploy/rabbitmq/permissions.tsv says what each may do)",
                    },
                },
            },
        };
        return CatalogueDocument.ToText(document);
    }

    static JsonObject Channel(string address, string message, string exchangeType) => new()
    {
        ["address"] = address,
        ["messages"] = new JsonObject { [message] = Ref($"#/components/messages/{message}") },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject
            {
                ["is"] = "routingKey",
                ["exchange"] = new JsonObject { ["name"] = address, ["type"] = exchangeType, ["durable"] = true, ["autoDelete"] = false },
            },
        },
    };

    static JsonObject Ref(string path) => new() { ["$ref"] = path };
}
