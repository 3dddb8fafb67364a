using Defis.Contracts.Notification.V1;
using Defis.Notification.Domain;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Notification.IntegrationTests;

/// <summary>An inbox of any size is read whole, page by page, newest first: nothing repeated, nothing skipped, even at equal instants.</summary>
public sealed class InboxPagingTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly NotificationHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Two_hundred_and_fifty_notifications_come_in_three_pages_of_at_most_a_hundred()
    {
        var recipient = $"agent-{Guid.NewGuid():N}";
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        // Every fifth notification shares its instant with the next one: the token must break such ties.
        var stored = Enumerable.Range(0, 250).Select(i => Domain.InboxNotification.For(recipient, Guid.CreateVersion7(),
            new RenderedMessage("dossier", $"Avis {i}", "Corps"), start.AddSeconds(i - i % 5 / 4))).ToList();
        await using (var scope = _host.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Persistence.NotificationDbContext>();
            db.InboxNotifications.AddRange(stored);
            await db.SaveChangesAsync(Cancellation);
        }
        var inbox = new Inbox.InboxClient(_host.Service.Channel(TestTokens.For(recipient, Roles.Applicant)));

        var pages = new List<ListInboxResponse>();
        var token = "";
        do
        {
            var page = await inbox.ListInboxAsync(new ListInboxRequest { PageSize = 100, PageToken = token }, cancellationToken: Cancellation);
            pages.Add(page);
            token = page.NextPageToken;
        }
        while (token.Length > 0 && pages.Count < 10);

        var expected = stored.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Select(n => n.Id.ToString());
        Assert.Equal([100, 100, 50], pages.Select(p => p.Notifications.Count));
        Assert.Equal(expected, pages.SelectMany(p => p.Notifications).Select(n => n.Id));
        Assert.All(pages, p => Assert.Equal(250, p.UnreadCount));
    }

    [Theory]
    [InlineData("pas-un-jeton")]
    [InlineData("99999999999999999999.0193a0000000700080000000000000001")]
    [InlineData("638000000000000000.pas-un-uuid")]
    public async Task A_bad_page_token_names_its_field(string token)
    {
        var inbox = new Inbox.InboxClient(_host.Service.Channel(TestTokens.For("agent-lyon", Roles.Applicant)));

        var refused = await Assert.ThrowsAsync<RpcException>(() => inbox.ListInboxAsync(new ListInboxRequest { PageToken = token }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["page_token"], refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }
}
