using Defis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.IntegrationTests;

/// <summary>
/// Each event about a dossier repeats its lead's address: a new one replaces the one known, the same one leaves the
/// person's row untouched (not even locked by a rewrite: the consumers of the lead's other dossiers do not queue on it).
/// </summary>
public sealed class UserContactTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly NotificationHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task The_same_address_leaves_the_row_as_written_and_a_new_one_replaces_it()
    {
        var (lead, first, second) = ($"agent-{Guid.NewGuid():N}", Events.Address("porteur"), Events.Address("porteur-nouvelle"));
        await FiledAsync(lead, first, "CB21-0301");
        var written = await VersionAsync(lead);

        await FiledAsync(lead, first, "CB21-0302");
        Assert.Equal((first, written.Version), await VersionAsync(lead));

        await FiledAsync(lead, second, "CB21-0303");
        var replaced = await VersionAsync(lead);
        Assert.Equal(second, replaced.Email);
        Assert.NotEqual(written.Version, replaced.Version);
    }

    /// <summary>A filing by <paramref name="lead"/>, once its acknowledgement is in their inbox.</summary>
    private async Task FiledAsync(string lead, string email, string reference)
    {
        var submitted = Events.Submitted(lead, email, reference);
        await _host.PublishAsync(submitted);
        await Eventually.Until(() => _host.QueryAsync(db => db.InboxNotifications.CountAsync(n => n.SourceEventId == submitted.EventId, Cancellation)),
            n => n == 1, Patience, $"the acknowledgement of {reference}");
    }

    /// <summary>The person's address and the row version that holds it (PostgreSQL's xmin: a rewrite changes it).</summary>
    private Task<(string Email, string Version)> VersionAsync(string userId) => _host.QueryAsync(async db =>
    {
        var row = await db.Database.SqlQuery<ContactVersion>($"SELECT email, xmin::text AS version FROM user_contacts WHERE user_id = {userId}")
            .SingleAsync(Cancellation);
        return (row.Email, row.Version);
    });

    private sealed record ContactVersion(string Email, string Version);
}
