using System.Diagnostics;
using Defis.Contracts.Events;
using Defis.Contracts.Notification.V1;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// A Submission RPC writes a row and its event in one transaction; the event crosses real RabbitMQ to
/// Notification, whose effect is visible, and publish and consume join the RPC's trace.
/// </summary>
public sealed class WalkingSkeletonTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_new_draft_reaches_the_leads_inbox_through_the_broker_in_one_trace()
    {
        var token = TestTokens.For("agent-lyon", Roles.Applicant);
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(token));

        var created = await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: TestContext.Current.CancellationToken);

        var dossierId = Guid.Parse(created.Id);
        ActivityTraceId traceId;
        await using (var scope = _platform.Submission.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
            Assert.Equal("agent-lyon", (await db.Dossiers.SingleAsync(d => d.Id == dossierId, TestContext.Current.CancellationToken)).CreatedBy);
            var outbox = await db.OutboxMessages.SingleAsync(m => m.AggregateId == dossierId, TestContext.Current.CancellationToken);
            Assert.Equal(typeof(DossierDraftCreated).FullName, outbox.Type);
            traceId = ActivityContext.Parse(outbox.TraceParent!, null).TraceId;
        }

        var inbox = new Inbox.InboxClient(_platform.Notification.Channel(token));
        var received = await Eventually.Until(() => inbox.ListInboxAsync(new ListInboxRequest()).ResponseAsync,
            r => r.Notifications.Count > 0, TimeSpan.FromSeconds(30), "the draft notification in the lead's inbox");
        var notification = Assert.Single(received.Notifications);
        Assert.Equal("Brouillon créé : Accueillir les parents allophones à l'école", notification.Subject);
        Assert.Contains("appel CB21", notification.Body);
        Assert.Equal(1, received.UnreadCount);

        // Other test classes run in this process too: the outbox row names this request's trace.
        var trace = await Eventually.Until(() => Task.FromResult(AllSpans().Where(s => s.TraceId == traceId).ToList()),
            s => s.Any(IsConsume), TimeSpan.FromSeconds(15), "the consume span in the request's trace");
        var summary = string.Join("\n", trace.Select(s => $"{s.Source.Name} {s.Kind} {s.DisplayName}"));
        Assert.True(trace.Any(s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("CreateDossier")), "no RPC span in the trace:\n" + summary);
        Assert.True(trace.Any(s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Producer), "no publish span in the trace:\n" + summary);
        Assert.True(trace.Any(IsConsume), "no consume span in the trace:\n" + summary);
    }

    [Fact]
    public async Task Another_applicant_sees_neither_the_dossier_nor_the_notification()
    {
        var lead = TestTokens.For("agent-lyon", Roles.Applicant);
        var other = TestTokens.For("agent-lille", Roles.Applicant);
        var created = await new Dossiers.DossiersClient(_platform.Submission.Channel(lead))
            .CreateDossierAsync(Requests.ValidDossier(), cancellationToken: TestContext.Current.CancellationToken);
        await Eventually.Until(() => new Inbox.InboxClient(_platform.Notification.Channel(lead)).ListInboxAsync(new ListInboxRequest()).ResponseAsync,
            r => r.Notifications.Count > 0, TimeSpan.FromSeconds(30), "the lead's notification");

        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => new Dossiers.DossiersClient(_platform.Submission.Channel(other))
            .GetDossierAsync(new GetDossierRequest { DossierId = created.Id }, cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);
        var othersInbox = await new Inbox.InboxClient(_platform.Notification.Channel(other))
            .ListInboxAsync(new ListInboxRequest(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Grpc.Core.StatusCode.NotFound, error.StatusCode);
        Assert.Empty(othersInbox.Notifications);
    }

    private List<Activity> AllSpans() => _platform.Submission.Spans.Concat(_platform.Notification.Spans).Distinct().ToList();

    private static bool IsConsume(Activity span) => span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Consumer;
}
