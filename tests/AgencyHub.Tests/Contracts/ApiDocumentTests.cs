using System.Net;
using System.Text.Json.Nodes;
using AgencyHub.Adapters.Common.Catalogue;
using AgencyHub.Contracts.Agencies;
using AgencyHub.Contracts.Catalogue;
using AgencyHub.Tests.Support;

namespace AgencyHub.Tests.Contracts;

/// <summary>The OpenAPI and AsyncAPI documents: generated from the code, committed, served, and complete.</summary>
public sealed class ApiDocumentTests
{
    public static TheoryData<Agency> Agencies => new(AgencyNames.Partners);

    [Theory]
    [MemberData(nameof(Agencies))]
    public void The_published_openapi_document_of_each_adapter_matches_the_code(Agency agency) =>
        RepositoryFiles.AssertGenerated($"contracts/openapi/{agency.Slug()}.json", OpenApiDocument.Generate(agency),
            nameof(ApiDocumentTests));

    [Fact]
    public void The_published_asyncapi_document_matches_the_code() =>
        RepositoryFiles.AssertGenerated("contracts/asyncapi.json", AsyncApiDocument.Generate(), nameof(ApiDocumentTests));

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Each_message_an_agency_sends_has_a_path_with_its_schema_and_every_guarded_path_its_error_answers(Agency agency)
    {
        var document = JsonNode.Parse(OpenApiDocument.Generate(agency))!;
        var paths = document["paths"]!.AsObject();
        foreach (var contract in MessageCatalogue.SentBy(agency))
        {
            var post = paths[contract.Route]!["post"]!;
            Assert.Equal($"#/components/schemas/{contract.Name}", (string?)post["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]);
            Assert.NotNull(document["components"]!["schemas"]![contract.Name]!["properties"]);
        }
        foreach (var (path, item) in paths)
            foreach (var (_, operation) in item!.AsObject())
            {
                var open = operation!["security"] is JsonArray { Count: 0 };
                Assert.True(open || operation["responses"]!["401"] is not null && operation["responses"]!["403"] is not null, $"{path} lacks its 401/403");
            }
        Assert.Equal(["apiKey", "clientCertificate"], document["components"]!["securitySchemes"]!.AsObject().Select(s => s.Key));
        Assert.Equal("3.1.0", (string?)document["openapi"]);
    }

    [Fact]
    public void The_asyncapi_document_has_a_channel_for_each_agency_message_and_each_delivery_queue()
    {
        var channels = JsonNode.Parse(AsyncApiDocument.Generate())!["channels"]!.AsObject();
        foreach (var contract in MessageCatalogue.All.Where(c => c.Senders.Any(s => s != Agency.Hub)))
            Assert.NotNull(channels[contract.Name]);
        foreach (var agency in AgencyNames.Partners)
            Assert.Equal($"{agency.Slug()}-deliveries", (string?)channels[$"{agency.Slug()}-deliveries"]!["address"]);
    }

    [Fact]
    public async Task Every_adapter_serves_its_documents_to_anyone()
    {
        await using var hub = await AllInOneClient.Start();
        foreach (var agency in AgencyNames.Partners)
        {
            Assert.Equal(OpenApiDocument.Generate(agency), await hub.Anonymous().GetStringAsync($"/agencies/{agency.Slug()}/openapi.json"));
            var asyncApi = await hub.Anonymous().GetAsync($"/agencies/{agency.Slug()}/asyncapi.json");
            Assert.Equal(HttpStatusCode.OK, asyncApi.StatusCode);
        }
    }
}
