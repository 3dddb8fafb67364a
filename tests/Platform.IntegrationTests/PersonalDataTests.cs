using System.Net;
using System.Text.Json;
using Defis.Contracts.Notification.V1;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// A person's data (issue 21, decision 0030) on the real Submission and Notification: two applicants each file a
/// dossier and get its notices; each one's parts hold their own dossier and notices and nothing of the other's.
/// </summary>
public sealed class PersonalDataTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string LyonTitle = "Accueillir les parents allophones à l'école";
    private const string LilleTitle = "Simplifier les démarches des familles du Nord";
    private const string LilleContact = "projet.familles@lille.example.fr";

    private readonly SkeletonPlatform _platform = new(infrastructure);
    private readonly string _lyon = TestTokens.For("agent-lyon", Roles.Applicant);
    private readonly string _lille = TestTokens.For("agent-lille", Roles.Applicant);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Each_person_finds_their_dossiers_and_notices_and_nothing_of_the_others()
    {
        var lyon = await FiledAsync(_lyon, Requests.ValidDossier(LyonTitle));
        var lilleRequest = Requests.ValidDossier(LilleTitle);
        lilleRequest.ContactEmail = LilleContact;
        lilleRequest.LeadStructureName = "Préfecture du Nord";
        var lille = await new Dossiers.DossiersClient(_platform.Submission.Channel(_lille)).CreateDossierAsync(lilleRequest, cancellationToken: Cancellation);
        await NoticesAsync(_lyon, 2);
        await NoticesAsync(_lille, 1);

        var lyonDossiers = await PartAsync(_platform.Submission, _lyon, "submission");
        var lilleDossiers = await PartAsync(_platform.Submission, _lille, "submission");
        var lyonNotices = await PartAsync(_platform.Notification, _lyon, "notification");
        var lilleNotices = await PartAsync(_platform.Notification, _lille, "notification");

        var dossier = Assert.Single(lyonDossiers.RootElement.GetProperty("data").GetProperty("dossiers").EnumerateArray());
        Assert.Equal(lyon.Id, dossier.GetProperty("id").GetString());
        Assert.Equal("lead", dossier.GetProperty("yourRole").GetString());
        Assert.Equal("submitted", dossier.GetProperty("status").GetString());
        Assert.Equal(LyonTitle, dossier.GetProperty("content").GetProperty("title").GetString());
        Assert.All(dossier.GetProperty("history").EnumerateArray(), change => Assert.True(change.GetProperty("byYou").GetBoolean()));
        Assert.Equal(2, lyonNotices.RootElement.GetProperty("data").GetProperty("inbox").GetArrayLength());
        Assert.Equal(1, lilleNotices.RootElement.GetProperty("data").GetProperty("inbox").GetArrayLength());
        AssertNothingOf(lyonDossiers, lille.Id, LilleTitle, LilleContact, "agent-lille");
        AssertNothingOf(lyonNotices, lille.Id, LilleTitle, LilleContact, "agent-lille");
        AssertNothingOf(lilleDossiers, lyon.Id, LyonTitle, "equipe.projet@ac-lyon.fr", "agent-lyon");
        AssertNothingOf(lilleNotices, lyon.Id, LyonTitle, "equipe.projet@ac-lyon.fr", "agent-lyon");
        Assert.Contains(LilleTitle, lilleDossiers.RootElement.GetRawText());
        Assert.Contains(LilleTitle, lilleNotices.RootElement.GetRawText());
    }

    [Fact]
    public async Task A_part_names_its_service_its_person_the_Paris_time_it_was_made_and_what_it_leaves_out()
    {
        using var part = await PartAsync(_platform.Submission, _lille, "submission");

        var root = part.RootElement;
        Assert.Equal("submission", root.GetProperty("service").GetString());
        Assert.Equal("agent-lille", root.GetProperty("personId").GetString());
        var generatedAt = root.GetProperty("generatedAt").GetDateTimeOffset();
        Assert.Equal(ParisTime.Zone.GetUtcOffset(generatedAt), generatedAt.Offset);
        Assert.Contains(root.GetProperty("notIncluded").EnumerateArray(), reason => reason.GetString()!.StartsWith("La piste d'audit", StringComparison.Ordinal));
        Assert.Empty(root.GetProperty("data").GetProperty("dossiers").EnumerateArray());
    }

    [Fact]
    public async Task An_invited_team_member_finds_the_dossier_as_co_editor_and_the_invitation()
    {
        var lead = new Dossiers.DossiersClient(_platform.Submission.Channel(_lyon));
        var created = await lead.CreateDossierAsync(Requests.ValidDossier(LyonTitle), cancellationToken: Cancellation);
        var content = Requests.CompleteContent();
        content.TeamMembers[0].Email = "claire.martin@example.gouv.fr";
        await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = content }, cancellationToken: Cancellation);
        await lead.InviteCoEditorAsync(new InviteCoEditorRequest { DossierId = created.Id, Email = "claire.martin@example.gouv.fr" }, cancellationToken: Cancellation);

        using var part = await PartAsync(_platform.Submission, TestTokens.For("claire.martin", Roles.Applicant), "submission");

        var data = part.RootElement.GetProperty("data");
        var dossier = Assert.Single(data.GetProperty("dossiers").EnumerateArray());
        Assert.Equal("coEditor", dossier.GetProperty("yourRole").GetString());
        Assert.Empty(dossier.GetProperty("invitedCoEditors").EnumerateArray());
        Assert.All(dossier.GetProperty("history").EnumerateArray(), change => Assert.False(change.GetProperty("byYou").GetBoolean()));
        var invitation = Assert.Single(data.GetProperty("invitations").EnumerateArray());
        Assert.Equal(created.Id, invitation.GetProperty("dossierId").GetString());
        Assert.DoesNotContain("agent-lyon", part.RootElement.GetRawText());
    }

    [Fact]
    public async Task After_staff_erase_a_person_their_parts_hold_nothing_of_the_purged_dossier_and_the_others_keep_theirs()
    {
        var lyon = new Dossiers.DossiersClient(_platform.Submission.Channel(_lyon));
        var draft = await lyon.CreateDossierAsync(Requests.ValidDossier(LyonTitle), cancellationToken: Cancellation);
        await new Dossiers.DossiersClient(_platform.Submission.Channel(_lille)).CreateDossierAsync(Requests.ValidDossier(LilleTitle), cancellationToken: Cancellation);
        await NoticesAsync(_lyon, 1);
        await NoticesAsync(_lille, 1);
        await lyon.WithdrawDossierAsync(new WithdrawDossierRequest { DossierId = draft.Id }, cancellationToken: Cancellation);
        var staff = new Erasures.ErasuresClient(_platform.Submission.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)));

        var erased = await staff.ErasePersonDataAsync(new ErasePersonDataRequest { UserId = "agent-lyon" }, cancellationToken: Cancellation);

        Assert.Equal([(draft.Id, ErasureOutcome.Purged)], erased.Dossiers.Select(d => (d.DossierId, d.Outcome)));
        // Submission's DossierPurged crosses the broker; Notification then deletes the draft's notices.
        await Eventually.Until(() => new Inbox.InboxClient(_platform.Notification.Channel(_lyon)).ListInboxAsync(new ListInboxRequest()).ResponseAsync,
            r => r.Notifications.Count == 0, TimeSpan.FromSeconds(30), "the purged draft's notices deleted");
        using var lyonDossiers = await PartAsync(_platform.Submission, _lyon, "submission");
        using var lyonNotices = await PartAsync(_platform.Notification, _lyon, "notification");
        AssertNothingOf(lyonDossiers, draft.Id, LyonTitle);
        AssertNothingOf(lyonNotices, draft.Id, LyonTitle);
        using var lilleNotices = await PartAsync(_platform.Notification, _lille, "notification");
        Assert.Contains(LilleTitle, lilleNotices.RootElement.GetRawText());
    }

    [Theory]
    [InlineData("submission")]
    [InlineData("notification")]
    public async Task Without_a_token_the_answer_is_401_and_another_services_part_is_not_here(string service)
    {
        HttpClient Http(string? token) => service == "submission" ? _platform.Submission.Http(token) : _platform.Notification.Http(token);

        using var anonymous = await Http(null).GetAsync($"/api/v1/me/data/{service}", Cancellation);
        using var elsewhere = await Http(_lyon).GetAsync("/api/v1/me/data/jury", Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    private async Task<Dossier> FiledAsync(string token, CreateDossierRequest request)
    {
        var client = new Dossiers.DossiersClient(_platform.Submission.Channel(token));
        var created = await client.CreateDossierAsync(request, cancellationToken: Cancellation);
        var content = Requests.CompleteContent();
        content.Title = request.Title;
        await client.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = content }, cancellationToken: Cancellation);
        return await client.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
    }

    private async Task NoticesAsync(string token, int count) =>
        await Eventually.Until(() => new Inbox.InboxClient(_platform.Notification.Channel(token)).ListInboxAsync(new ListInboxRequest()).ResponseAsync,
            r => r.Notifications.Count >= count, TimeSpan.FromSeconds(30), $"{count} notices in the inbox");

    private static async Task<JsonDocument> PartAsync<T>(ServiceHost<T> host, string token, string service) where T : class
    {
        using var response = await host.Http(token).GetAsync($"/api/v1/me/data/{service}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
    }

    private static void AssertNothingOf(JsonDocument part, params string[] traces)
    {
        var text = part.RootElement.GetRawText();
        Assert.All(traces, trace => Assert.DoesNotContain(trace, text, StringComparison.OrdinalIgnoreCase));
    }
}
