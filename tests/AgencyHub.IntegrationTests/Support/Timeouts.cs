namespace AgencyHub.IntegrationTests.Support;

/// <summary>How long the tests wait for things that happen asynchronously. Every wait polls or listens; none sleeps.</summary>
public static class Timeouts
{
    /// <summary>For every host to connect to the broker and report ready.</summary>
    public static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);

    /// <summary>For a message to travel through the broker and have its effect (a feed item, an error queue entry).</summary>
    public static readonly TimeSpan Message = TimeSpan.FromSeconds(30);

    /// <summary>For the hosts to stop.</summary>
    public static readonly TimeSpan Shutdown = TimeSpan.FromSeconds(30);
}
