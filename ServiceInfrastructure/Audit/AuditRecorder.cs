using System.Diagnostics;
using Defis.ServiceInfrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// Turns what a save is about to write into audit entries: one per thing changed (an owned part counts as a change of
/// its owner), naming the fields changed. The outbox, the inbox and the trail itself are the machinery, not the
/// service's state, and are not recorded.
/// </summary>
internal static class AuditRecorder
{
    private static readonly HashSet<Type> Machinery = [typeof(OutboxMessage), typeof(InboxMessage), typeof(AuditTrailEntry), typeof(AuditTrailDigest)];

    public static IReadOnlyList<AuditTrailEntry> Record(ChangeTracker tracker, AuditActor actor, DateTimeOffset now)
    {
        var changes = new Dictionary<(string Type, string Id), Change>();
        var written = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Machinery.Contains(e.Metadata.ClrType))
            .ToList();
        if (written.Count == 0)
        {
            return [];
        }
        var byKey = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in tracker.Entries())
        {
            byKey.TryAdd((entry.Metadata, KeyOf(entry)), entry);
        }
        foreach (var entry in written)
        {
            Collect(entry, byKey, changes);
        }
        var traceId = Activity.Current?.TraceId.ToHexString();
        return changes.Select(c => AuditTrailEntry.Record(now, actor, c.Value.Action, c.Key.Type, c.Key.Id, traceId, c.Value.Describe())).ToList();
    }

    private static void Collect(EntityEntry entry, Dictionary<(IEntityType, string), EntityEntry> byKey, Dictionary<(string, string), Change> changes)
    {
        var (owner, path) = Owner(entry, byKey);
        var key = (owner.Metadata.ClrType.Name, KeyOf(owner));
        if (!changes.TryGetValue(key, out var change))
        {
            change = new Change(owner == entry ? ActionOf(entry.State) : Modified);
            changes[key] = change;
        }
        if (owner == entry && entry.State != EntityState.Modified)
        {
            change.Action = ActionOf(entry.State);
            return;
        }
        var fields = entry.State == EntityState.Modified
            ? entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name)
            : [];
        change.Fields.UnionWith(path is null ? fields : fields.Select(f => $"{path}.{f}").Append(path));
    }

    /// <summary>The entity an owned part belongs to, and the path to the part (null for the entity itself).</summary>
    private static (EntityEntry Owner, string? Path) Owner(EntityEntry entry, Dictionary<(IEntityType, string), EntityEntry> byKey)
    {
        string? path = null;
        while (entry.Metadata.FindOwnership() is { } ownership)
        {
            var navigation = ownership.PrincipalToDependent?.Name ?? entry.Metadata.ClrType.Name;
            path = path is null ? navigation : $"{navigation}.{path}";
            var principalKey = string.Join(',', ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
            if (!byKey.TryGetValue((ownership.PrincipalEntityType, principalKey), out var principal))
            {
                break;
            }
            entry = principal;
        }
        return (entry, path);
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()) ?? []);

    private const string Modified = "modified";

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => "created",
        EntityState.Deleted => "deleted",
        _ => Modified,
    };

    private sealed class Change(string action)
    {
        public string Action { get; set; } = action;

        public SortedSet<string> Fields { get; } = new(StringComparer.Ordinal);

        public string Describe() => Fields.Count == 0 ? "" : string.Join(", ", Fields);
    }
}
