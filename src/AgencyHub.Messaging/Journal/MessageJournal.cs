using AgencyHub.Messaging.Transport;
using MassTransit;

namespace AgencyHub.Messaging.Journal;

/// <summary>
/// The most recent message events in this process, newest first, for the operators' page. Holds no personal data
/// (ids, types, agencies and rule names only). The durable record of disclosures is the audit trail, in
/// AgencyHub.Persistence.
/// </summary>
public sealed class MessageJournal
{
    /// <summary>How many entries are kept.</summary>
    public const int Capacity = 500;

    readonly Lock _gate = new();
    readonly LinkedList<JournalEntry> _entries = new();

    /// <summary>Adds an entry, dropping the oldest beyond <see cref="Capacity"/>.</summary>
    public void Record(JournalEntry entry)
    {
        lock (_gate)
        {
            _entries.AddFirst(entry);
            if (_entries.Count > Capacity) _entries.RemoveLast();
        }
    }

    /// <summary>
    /// Adds an entry about what a consumer did in <paramref name="context"/>: once its transaction commits, where it
    /// runs in one, so work that is rolled back is not reported.
    /// </summary>
    public void Record(PipeContext context, JournalEntry entry)
    {
        if (context.TryGetPayload<IConsumeTransaction>(out var transaction)) transaction.AfterCommit(() => Record(entry));
        else Record(entry);
    }

    /// <summary>The newest entries first.</summary>
    public IReadOnlyList<JournalEntry> Recent(int count)
    {
        lock (_gate) return _entries.Take(count).ToList();
    }
}
