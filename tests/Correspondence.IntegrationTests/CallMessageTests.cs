using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>Staff write to every team of a call at once: one message per dossier of that call, sent once however often retried.</summary>
public sealed class CallMessageTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly CorrespondenceHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Threads.ThreadsClient Thread(string who, string role) => new(_host.Service.Channel(TestTokens.For(who, role)));

    [Fact]
    public async Task A_retried_sending_posts_one_message_per_dossier_of_the_call_and_tells_each_team_once()
    {
        var first = await _host.FileDossierAsync("lead-1");
        var second = await _host.FileDossierAsync("lead-2");
        var otherCall = Guid.CreateVersion7();
        await _host.DeliverAsync(new DossierDraftCreated(otherCall, "CB22", "Autre défi", "Commune", "lead-3", "lead-3@example.gouv.fr")
        {
            OccurredAt = DateTimeOffset.UtcNow,
        });
        var request = new PostToCallRequest { ProgrammeCode = "cb21", Body = "La date limite est repoussée au 15 janvier.", RequestId = $"{Guid.CreateVersion7()}" };
        var staff = Thread("staff-1", Roles.ProgrammeStaff);

        var sent = await staff.PostToCallAsync(request, cancellationToken: Cancellation);
        var retried = await staff.PostToCallAsync(request, cancellationToken: Cancellation);

        Assert.Equal(new[] { first, second }.Order().Select(d => $"{d}"), sent.Messages.Select(m => m.DossierId));
        Assert.Equal(sent.Messages.Select(m => m.Id), retried.Messages.Select(m => m.Id));
        var announced = await _host.OutboxAsync<MessagePosted>();
        Assert.Equal(["lead-1", "lead-2"], announced.Select(e => e.LeadId).Order());
        foreach (var (lead, dossier) in new[] { ("lead-1", first), ("lead-2", second), ("lead-3", otherCall) })
        {
            var thread = await Thread(lead, Roles.Applicant).ListMessagesAsync(new ListMessagesRequest { DossierId = $"{dossier}" }, cancellationToken: Cancellation);
            Assert.Equal(lead == "lead-3" ? 0 : 1, thread.Messages.Count);
        }
    }

    [Fact]
    public async Task Only_staff_write_to_a_call_and_an_unknown_call_is_not_found()
    {
        await _host.FileDossierAsync("lead-x");
        var request = new PostToCallRequest { ProgrammeCode = "CB21", Body = "Bonjour", RequestId = $"{Guid.CreateVersion7()}" };

        var applicant = await Assert.ThrowsAsync<RpcException>(() => Thread("lead-x", Roles.Applicant).PostToCallAsync(request, cancellationToken: Cancellation).ResponseAsync);
        request.ProgrammeCode = "ZZ99";
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Thread("staff-1", Roles.ProgrammeStaff).PostToCallAsync(request, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, applicant.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }
}
