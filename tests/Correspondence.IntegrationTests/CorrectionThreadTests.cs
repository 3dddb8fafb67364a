using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>A correction request from Submission opens the dossier's thread with its reasons, once however often it is delivered.</summary>
public sealed class CorrectionThreadTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly CorrespondenceHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_correction_request_is_posted_once_on_the_thread_for_the_team()
    {
        var dossierId = await _host.FileDossierAsync("lead-c", "coeditor-c");
        var returned = new DossierReturnedForCorrection(dossierId, "CB21", "CB21-0042", "Guichet unique des aidants",
            ["Le budget est incomplet.", "L'acte de candidature n'est pas signé."], new DateTimeOffset(2026, 12, 20, 11, 0, 0, TimeSpan.Zero),
            "lead-c", "lead-c@example.gouv.fr", ["coeditor-c@example.gouv.fr"]) { OccurredAt = DateTimeOffset.UtcNow };

        await _host.DeliverAsync(returned);
        await _host.DeliverAsync(returned);

        var thread = new Threads.ThreadsClient(_host.Service.Channel(TestTokens.For("coeditor-c", Roles.Applicant)));
        var message = Assert.Single((await thread.ListMessagesAsync(new ListMessagesRequest { DossierId = $"{dossierId}" }, cancellationToken: Cancellation)).Messages);
        Assert.True(message.ByStaff);
        Assert.Equal(returned.EventId.ToString(), message.Id);
        Assert.Contains("- Le budget est incomplet.\n- L'acte de candidature n'est pas signé.", message.Body, StringComparison.Ordinal);
        Assert.Contains("À corriger avant le dimanche 20 décembre 2026 à 12:00.", message.Body, StringComparison.Ordinal);
        Assert.Empty(await _host.OutboxAsync<MessagePosted>());
    }
}
