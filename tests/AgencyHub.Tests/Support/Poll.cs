namespace AgencyHub.Tests.Support;

/// <summary>Waiting for something that happens on another thread: poll with a deadline, never a fixed sleep.</summary>
public static class Poll
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Returns once <paramref name="condition"/> holds; throws after 30 s naming what was awaited.</summary>
    public static Task Until(Func<bool> condition, Func<string> awaited) => Until(() => Task.FromResult(condition()), awaited);

    /// <summary>Returns once the asynchronous <paramref name="condition"/> holds; throws after 30 s.</summary>
    public static async Task Until(Func<Task<bool>> condition, Func<string> awaited)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up after {Timeout.TotalSeconds} s waiting for {awaited()}");
            await Task.Delay(10);
        }
    }

    /// <summary>Returns what <paramref name="read"/> gives once it gives something; throws after 30 s.</summary>
    public static async Task<T> Until<T>(Func<Task<T?>> read, Func<string> awaited) where T : class
    {
        T? value = null;
        await Until(async () => (value = await read()) is not null, awaited);
        return value!;
    }
}
