using Defis.Contracts.Events;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class EventIdsTests
{
    [Fact]
    public void Ids_follow_creation_order_inside_one_millisecond_in_dotnet_and_in_postgresql_order()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => EventIds.Next()).ToArray();

        for (var i = 1; i < ids.Length; i++)
        {
            Assert.True(ids[i - 1].CompareTo(ids[i]) < 0, $"{ids[i - 1]} !< {ids[i]} (.NET order)");
            // PostgreSQL compares uuids byte by byte, as written in their text form.
            Assert.True(string.CompareOrdinal(ids[i - 1].ToString(), ids[i].ToString()) < 0, $"{ids[i - 1]} !< {ids[i]} (byte order)");
        }
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
    }

    [Fact]
    public void An_event_gets_a_new_ordered_id_when_created()
    {
        var first = new ProgrammeClosed(Guid.NewGuid(), "CB21", DateTimeOffset.UtcNow) { OccurredAt = DateTimeOffset.UtcNow };
        var second = new ProgrammeClosed(first.ProgrammeId, "CB21", DateTimeOffset.UtcNow) { OccurredAt = DateTimeOffset.UtcNow };

        Assert.True(first.EventId.CompareTo(second.EventId) < 0);
    }
}
