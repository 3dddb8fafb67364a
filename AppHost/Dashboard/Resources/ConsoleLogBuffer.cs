namespace Defis.Dashboard.Resources;

public sealed record ConsoleLine(long Sequence, DateTimeOffset Time, string Resource, string Text);

/// <summary>
/// The last lines of each resource's console output, in memory and bounded per resource; one sequence
/// across resources so the interleaved view and "follow" (lines after N) need no clock.
/// </summary>
public sealed class ConsoleLogBuffer(int linesPerResource, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<ConsoleLine>> _lines = new(StringComparer.Ordinal);
    private long _sequence;

    public void Add(string resource, string text)
    {
        lock (_gate)
        {
            if (!_lines.TryGetValue(resource, out var queue))
            {
                _lines[resource] = queue = new Queue<ConsoleLine>();
            }
            if (queue.Count >= linesPerResource)
            {
                queue.Dequeue();
            }
            queue.Enqueue(new ConsoleLine(++_sequence, time.GetUtcNow(), resource, text));
        }
    }

    /// <summary>Lines after <paramref name="after"/>, of one resource or all, oldest first; at most the latest <paramref name="limit"/>.</summary>
    public IReadOnlyList<ConsoleLine> Read(string? resource, long after, int limit)
    {
        lock (_gate)
        {
            IEnumerable<Queue<ConsoleLine>> sources = resource is null ? _lines.Values : _lines.TryGetValue(resource, out var one) ? [one] : [];
            return [.. sources.SelectMany(q => q.Where(l => l.Sequence > after)).OrderBy(l => l.Sequence).TakeLast(limit)];
        }
    }
}
