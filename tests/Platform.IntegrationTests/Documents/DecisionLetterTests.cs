using System.Net;
using Defis.Contracts.Events;
using Defis.Contracts.Notification.V1;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Text;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Grpc.Core;
using MassTransit;
using UglyToad.PdfPig;

namespace Defis.Platform.IntegrationTests.Documents;

/// <summary>
/// The jury's decision letters read back from the PDFs Submission renders once the released outcome has arrived: the
/// selection with its motivation, then the correction that takes it back and says which decision it replaces, each in
/// the words of the notice Notification sent for the same event.
/// </summary>
public sealed class DecisionLetterTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const char Nbsp = '\u00a0';
    private static readonly string Programme = $"CB21 «{Nbsp}Appel à défis «{Nbsp}co-construction{Nbsp}»{Nbsp}»";
    private readonly SkeletonPlatform _platform = new(infrastructure);
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);
    private readonly string _other = TestTokens.For("agent-lille", Roles.Applicant);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task The_selection_letter_and_the_correction_that_replaces_it_read_as_their_notices()
    {
        var dossier = await FiledDossierAsync();
        // The jury decides on dossiers Notification knows: its acknowledgement means the filing's event has arrived there,
        // so the decision's notice has a team to reach (a decision published sooner could overtake it through the relay).
        await NoticeAsync($"Dossier reçu : {dossier.Reference}");
        var released = DateTimeOffset.UtcNow.AddMinutes(-5);
        var selected = new DossierSelected(Guid.Parse(dossier.Id), Guid.CreateVersion7(), "CB21", dossier.Reference, "Exploration", Guid.CreateVersion7(),
            "Un projet solide, utile aux agents d'accueil.", 5_000_000, "president-jury") { OccurredAt = released };
        await ReleaseAsync(selected);

        var first = await LetterTextAsync(dossier.Id, "Exploration");

        Assert.Contains(Flat($"Décision du jury{Nbsp}: dossier {dossier.Reference} retenu"), first, StringComparison.Ordinal);
        Assert.Contains(Flat($"Référence du dossier{Nbsp}:{dossier.Reference}"), first, StringComparison.Ordinal);
        Assert.Contains(Flat($"Décision publiée le{Nbsp}:{ParisTime.Format(released)} (heure de Paris)"), first, StringComparison.Ordinal);
        Assert.Contains(Flat($"Le jury de l’appel {Programme} a retenu votre dossier {dossier.Reference} pour la phase d’exploration."), first,
            StringComparison.Ordinal);
        Assert.Contains(Flat($"Motivation{Nbsp}: Un projet solide, utile aux agents d’accueil."), first, StringComparison.Ordinal);
        Assert.DoesNotContain("remplace", first, StringComparison.Ordinal);
        await AssertSaysTheNoticeAsync(first, $"Décision du jury : dossier {dossier.Reference} retenu");

        var correction = new DossierNotSelected(selected.DossierId, selected.ProgrammeId, "CB21", dossier.Reference, "Exploration", Guid.CreateVersion7(),
            "president-jury", selected.DecisionId, DecisionRevision: 2) { OccurredAt = released.AddMinutes(2) };
        await ReleaseAsync(correction);

        var corrected = await LetterTextAsync(dossier.Id, "Exploration");

        Assert.Contains(Flat($"Décision rectifiée du jury{Nbsp}: dossier {dossier.Reference} non retenu"), corrected, StringComparison.Ordinal);
        Assert.Contains(Flat($"Le jury a rectifié sa décision{Nbsp}: ce courrier remplace le précédent pour cette phase."), corrected, StringComparison.Ordinal);
        Assert.Contains(Flat($"Elle remplace la décision du jury publiée le {ParisTime.Format(released)}, qui retenait votre dossier "
            + $"(identifiant {selected.DecisionId})."), corrected, StringComparison.Ordinal);
        Assert.Contains(Flat($"Le jury de l’appel {Programme} n’a pas retenu votre dossier {dossier.Reference} pour la phase d’exploration."), corrected,
            StringComparison.Ordinal);
        Assert.Contains(Flat("Vous pouvez demander à l’équipe du programme le détail de l’évaluation."), corrected, StringComparison.Ordinal);
        Assert.DoesNotContain("Motivation", corrected, StringComparison.Ordinal);
        await AssertSaysTheNoticeAsync(corrected, $"Décision rectifiée du jury : dossier {dossier.Reference} non retenu");
    }

    [Fact]
    public async Task Over_rest_the_team_gets_the_letter_others_a_404_and_no_letter_exists_before_the_release()
    {
        var dossier = await FiledDossierAsync();
        using var before = await GetAsync(_lead, $"/api/v1/dossiers/{dossier.Id}/decision-letters/Exploration");
        await ReleaseAsync(new DossierNotSelected(Guid.Parse(dossier.Id), Guid.CreateVersion7(), "CB21", dossier.Reference, "Exploration",
            Guid.CreateVersion7(), "president-jury") { OccurredAt = DateTimeOffset.UtcNow });

        using var mine = await GetAsync(_lead, $"/api/v1/dossiers/{dossier.Id}/decision-letters/Exploration");
        using var otherPhase = await GetAsync(_lead, $"/api/v1/dossiers/{dossier.Id}/decision-letters/Incubation");
        using var others = await GetAsync(_other, $"/api/v1/dossiers/{dossier.Id}/decision-letters/Exploration");
        using var malformed = await GetAsync(_lead, "/api/v1/dossiers/CB21-0001/decision-letters/Phase2");

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("Aucune décision du jury", await before.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("application/pdf", mine.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, otherPhase.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var errors = await malformed.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("dossierId", errors, StringComparison.Ordinal);
        Assert.Contains("phase", errors, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<RpcException>(() => new Receipts.ReceiptsClient(_platform.Submission.Channel(_other))
            .GetDecisionLetterAsync(new GetDecisionLetterRequest { DossierId = dossier.Id, Phase = "Exploration" }, cancellationToken: Cancellation)
            .ResponseAsync);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    /// <summary>Each line of the notice the team received for the same event is in the letter, with the letter's typography.</summary>
    private async Task AssertSaysTheNoticeAsync(string letter, string subject)
    {
        var notice = await NoticeAsync(subject);
        Assert.Contains(Flat(FrenchTypography.Sentence(notice.Subject)), letter, StringComparison.Ordinal);
        Assert.All(notice.Body.Split('\n'), line => Assert.Contains(Flat(FrenchTypography.Sentence(line)), letter, StringComparison.Ordinal));
    }

    private async Task<InboxNotification> NoticeAsync(string subject)
    {
        var inbox = new Inbox.InboxClient(_platform.Notification.Channel(_lead));
        var notice = await Eventually.Until(
            async () => (await inbox.ListInboxAsync(new ListInboxRequest(), cancellationToken: Cancellation)).Notifications.FirstOrDefault(n => n.Subject == subject),
            found => found is not null, TimeSpan.FromSeconds(30), $"the notice « {subject} »");
        return notice!;
    }

    private async Task ReleaseAsync(IntegrationEvent outcome)
    {
        var bus = _platform.Submission.Service<IBus>();
        var consumed = new ConsumeCounter();
        using var observation = bus.ConnectConsumeObserver(consumed);
        await bus.Publish((object)outcome, c => c.MessageId = outcome.EventId, Cancellation);
        await Eventually.Until(() => Task.FromResult(consumed.Consumed), count => count > 0, TimeSpan.FromSeconds(30), "the outcome consumed");
    }

    /// <summary>The letter's text as PdfPig extracts it, ordinary spaces removed: a wrapped line loses the space it broke at.</summary>
    private async Task<string> LetterTextAsync(string dossierId, string phase)
    {
        var letter = await new Receipts.ReceiptsClient(_platform.Submission.Channel(_lead)).GetDecisionLetterAsync(
            new GetDecisionLetterRequest { DossierId = dossierId, Phase = phase }, cancellationToken: Cancellation);
        Assert.Equal("application/pdf", letter.ContentType);
        using var pdf = PdfDocument.Open(letter.Data.ToByteArray());
        var page = Assert.Single(pdf.GetPages());
        Assert.All(page.Letters, glyph => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans", glyph.FontName));
        return Flat(page.Text);
    }

    private static string Flat(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    private Task<HttpResponseMessage> GetAsync(string token, string path) => _platform.Submission.Http(token).GetAsync(path, Cancellation);

    private async Task<Dossier> FiledDossierAsync()
    {
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_lead));
        var id = (await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation)).Id;
        await dossiers.UpdateDossierAsync(new UpdateDossierRequest { DossierId = id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
        return await dossiers.SubmitDossierAsync(new SubmitDossierRequest { DossierId = id }, cancellationToken: Cancellation);
    }
}
