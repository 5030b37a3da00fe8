namespace AgencyHub.Tests.Support;

/// <summary>A clock that stands at one moment, for rules measured against "now" (e.g. the age of intelligence).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
