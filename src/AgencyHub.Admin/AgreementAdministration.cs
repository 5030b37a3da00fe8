using AgencyHub.Messaging.Sharing;
using AgencyHub.Messaging.Time;
using AgencyHub.Persistence.Sharing;
using AgencyHub.Sagas.Sharing;

namespace AgencyHub.Admin;

/// <summary>
/// Makes the changes administrators ask for: each reads the current version, applies <see cref="AgreementLifecycle"/>
/// and stores the next version, so a change made on a version that has meanwhile moved on is refused, not lost.
/// </summary>
public sealed class AgreementAdministration(AgreementStore store, AgreementCache cache, AgreementReviewAnnouncer reviews, TimeProvider clock)
{
    /// <summary>Drafts agreement <paramref name="id"/> with <paramref name="terms"/>, or amends it if it exists.</summary>
    public async Task<AdministrationOutcome> Write(string id, AgreementTerms terms, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await store.Current(id, cancellationToken) is not { } current)
            return await Store(AgreementLifecycle.Draft(id, terms, actor, now), AgreementChange.Drafted, cancellationToken);
        var (next, refusal) = AgreementLifecycle.Apply(current, AgreementChange.Amended, terms, null, actor, now, UkTime.DayOf(now));
        return next is null ? AdministrationOutcome.Refused(refusal!) : await Store(next, AgreementChange.Amended, cancellationToken);
    }

    /// <summary>Activates, suspends, renews (to <paramref name="reviewOn"/>) or ends agreement <paramref name="id"/>.</summary>
    public async Task<AdministrationOutcome> Change(string id, AgreementChange change, string? reason, DateOnly? reviewOn, string actor,
        CancellationToken cancellationToken)
    {
        if (await store.Current(id, cancellationToken) is not { } current) return AdministrationOutcome.NotFound;
        var now = clock.GetUtcNow();
        var terms = reviewOn is { } day ? current.Terms with { ReviewOn = day } : current.Terms;
        var (next, refusal) = AgreementLifecycle.Apply(current, change, terms, reason, actor, now, UkTime.DayOf(now));
        return next is null ? AdministrationOutcome.Refused(refusal!) : await Store(next, change, cancellationToken);
    }

    async Task<AdministrationOutcome> Store(Agreement version, AgreementChange change, CancellationToken cancellationToken)
    {
        if (!await store.Save(version, change, cancellationToken))
            return AdministrationOutcome.Refused($"agreement '{version.Id}' was changed meanwhile: read it again and repeat the change");
        cache.Invalidate();
        await reviews.Announce(version, cancellationToken);
        return new AdministrationOutcome(version, false, null);
    }
}

/// <summary>The stored version, or that there is no such agreement, or why the change was refused.</summary>
public sealed record AdministrationOutcome(Agreement? Agreement, bool Missing, string? Refusal)
{
    /// <summary>No such agreement.</summary>
    public static AdministrationOutcome NotFound { get; } = new(null, true, null);

    /// <summary>The change is not allowed, or lost a race.</summary>
    public static AdministrationOutcome Refused(string refusal) => new(null, false, refusal);
}
