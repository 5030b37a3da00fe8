using AgencyHub.Contracts.Catalogue;
using AgencyHub.Messaging.Time;
using System.Text.Json;
using AgencyHub.Messaging.Sharing;
using AgencyHub.Persistence.Sharing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgencyHub.Sagas.Sharing;

/// <summary>
/// On start, with <see cref="SharingOptions.SeedAgreements"/>, puts in force each seed agreement the database does not
/// hold yet: from today, for review after <see cref="SharingOptions.SeedReviewMonths"/>. An agreement already there,
/// whatever became of it, is left alone, so a restart never undoes an administrator's change. A seed that is not sound
/// stops the start, naming the agreement and the field.
/// </summary>
public sealed class AgreementSeeds(AgreementStore store, AgreementCache cache, SharingOptions options, TimeProvider clock,
    ILogger<AgreementSeeds> logger) : IHostedService
{
    /// <summary>The actor seed agreements are recorded as made by.</summary>
    public const string Actor = "seed";

    /// <summary>Stores the seeds the database lacks; does nothing unless seeding is configured.</summary>
    public async Task Apply(CancellationToken cancellationToken)
    {
        if (!options.SeedAgreements) return;
        var existing = (await store.Book(cancellationToken)).Agreements.Select(a => a.Id).ToHashSet();
        var now = clock.GetUtcNow();
        var today = UkTime.DayOf(now);
        var added = new List<string>();
        foreach (var seed in Read(options.SeedFile).Where(s => !existing.Contains(s.Id)))
        {
            var terms = seed.Terms with { StartsOn = today, ReviewOn = today.AddMonths(options.SeedReviewMonths) };
            if (AgreementRules.Problems(seed.Id, terms) is { Count: > 0 } problems)
                throw new InvalidOperationException($"Seed agreement '{seed.Id}' is not sound: {string.Join("; ", problems)}");
            if (await store.Save(new Agreement(seed.Id, 1, AgreementStatus.Active, "seed agreement", terms, now, Actor), AgreementChange.Seeded,
                    cancellationToken))
                added.Add(seed.Id);
        }
        cache.Invalidate();
        if (added.Count > 0) logger.LogInformation("Seed agreements put in force: {Agreements}", string.Join(", ", added));
    }

    /// <summary>The seeds in <paramref name="path"/> (relative to the application's directory unless rooted).</summary>
    public static IReadOnlyList<SeedAgreement> Read(string path)
    {
        var file = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        if (!File.Exists(file))
            throw new FileNotFoundException($"The seed agreements file '{file}' does not exist (setting Sharing:SeedFile)", file);
        return JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(file), ContractJson.Options)?.Agreements
               ?? throw new InvalidOperationException($"The seed agreements file '{file}' is empty");
    }

    /// <inheritdoc />
    Task IHostedService.StartAsync(CancellationToken cancellationToken) => Apply(cancellationToken);

    /// <inheritdoc />
    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    sealed record SeedFile(IReadOnlyList<SeedAgreement> Agreements);
}

/// <summary>A seed agreement: its id, what it is for in a person's words, and its terms (dates are set when seeded).</summary>
public sealed record SeedAgreement(string Id, string Explanation, AgreementTerms Terms);
