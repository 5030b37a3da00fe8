using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Tests.Support;

/// <summary>
/// A stand-in for an agency's own system receiving webhook pushes on 127.0.0.1: it fails the first
/// <paramref name="failures"/> requests with 503, then accepts and records every item but those it
/// <see cref="Refuses"/>, which it answers 422.
/// </summary>
public sealed class FlakyAgencySystem(int failures) : IAsyncDisposable
{
    readonly ConcurrentQueue<JsonObject> _accepted = new();
    WebApplication? _app;
    int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public IReadOnlyList<JsonObject> Accepted => _accepted.ToList();

    public Uri Url { get; private set; } = null!;

    /// <summary>Which items the system refuses as unprocessable; none unless set.</summary>
    public Func<JsonObject, bool> Refuses { get; set; } = _ => false;

    public async Task Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/inbox", async (HttpContext http) =>
        {
            if (Interlocked.Increment(ref _attempts) <= failures) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            var item = (await http.Request.ReadFromJsonAsync<JsonObject>())!;
            if (Refuses(item)) return Results.StatusCode(StatusCodes.Status422UnprocessableEntity);
            _accepted.Enqueue(item);
            return Results.Ok();
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(new Uri(address), "/inbox");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
