using Defis.Contracts.Funding.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Grpc.Core;
using UglyToad.PdfPig;

namespace Defis.Funding.IntegrationTests.Documents;

/// <summary>
/// The notification of a committed grant read back from the PDF: beneficiary, call, phase, amount in euros with French
/// typography and the schedule of its tranches; for the lead and finance, nobody else, and only once committed.
/// </summary>
public sealed class GrantNotificationTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const char Nbsp = '\u00a0';
    private const char Narrow = '\u202f';
    private readonly FundingPlatform _platform = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private GrantDocuments.GrantDocumentsClient Documents(string user, string role) => new(_platform.Host.Channel(TestTokens.For(user, role)));

    [Fact]
    public async Task The_notification_names_the_beneficiary_the_amount_and_the_tranches_in_french()
    {
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        var grantId = await _platform.ProposedGrantAsync(programmeId, Guid.CreateVersion7(), "Experimentation", 20_000_000);
        var request = new CommitGrantRequest { GrantId = $"{grantId}" };
        request.Schedule.Add(new TrancheTerm { ShareBasisPoints = 5_000, Trigger = TrancheTrigger.AtCommitment });
        request.Schedule.Add(new TrancheTerm { ShareBasisPoints = 5_000, Trigger = TrancheTrigger.Milestone, Milestone = "Prototype en service" });
        var committed = await _platform.Officer.CommitGrantAsync(request, cancellationToken: Cancellation);

        var pdf = await Documents(FundingPlatform.Lead, Roles.Applicant).GetGrantNotificationAsync(
            new GetGrantNotificationRequest { GrantId = $"{grantId}" }, cancellationToken: Cancellation);
        var forFinance = await Documents("officer-1", Roles.FinanceOfficer).GetGrantNotificationAsync(
            new GetGrantNotificationRequest { GrantId = $"{grantId}" }, cancellationToken: Cancellation);

        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal("application/pdf", forFinance.ContentType);
        using var document = PdfDocument.Open(pdf.Data.ToByteArray());
        var page = Assert.Single(document.GetPages());
        var text = page.Text.Replace(" ", "", StringComparison.Ordinal);
        string[] expected =
        [
            "Notification de subvention",
            $"Bénéficiaire{Nbsp}:Rectorat de Lyon",
            $"Dossier{Nbsp}:CB21-0001 — «{Nbsp}Accueillir les parents allophones{Nbsp}»",
            $"Appel{Nbsp}:CB21",
            $"Phase{Nbsp}:expérimentation",
            $"Montant de la subvention{Nbsp}:200{Narrow}000,00{Narrow}€",
            $"Engagée le{Nbsp}:{ParisTime.Format(committed.CommittedAt.ToDateTimeOffset())} (heure de Paris)",
            $"Une subvention de 200{Narrow}000,00{Narrow}€ pour la phase d’expérimentation de votre dossier CB21-0001 (appel CB21) a été engagée.",
            $"Tranche 1{Nbsp}: 100{Narrow}000,00{Narrow}€ (50{Narrow}%), à l’engagement",
            $"Tranche 2{Nbsp}: 100{Narrow}000,00{Narrow}€ (50{Narrow}%), à la validation du jalon «{Nbsp}Prototype en service{Nbsp}»",
        ];
        Assert.All(expected, line => Assert.Contains(line.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal));
        Assert.All(page.Letters, glyph => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans", glyph.FontName));
    }

    [Fact]
    public async Task Another_applicant_gets_not_found_staff_are_refused_and_a_proposal_has_no_notification()
    {
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        var grantId = await _platform.ProposedGrantAsync(programmeId, Guid.CreateVersion7(), "Experimentation");
        var request = new GetGrantNotificationRequest { GrantId = $"{grantId}" };

        var other = await Assert.ThrowsAsync<RpcException>(() => Documents("agent-lille", Roles.Applicant).GetGrantNotificationAsync(request,
            cancellationToken: Cancellation).ResponseAsync);
        var staff = await Assert.ThrowsAsync<RpcException>(() => Documents("staff-ditp", Roles.ProgrammeStaff).GetGrantNotificationAsync(request,
            cancellationToken: Cancellation).ResponseAsync);
        var proposed = await Assert.ThrowsAsync<RpcException>(() => Documents(FundingPlatform.Lead, Roles.Applicant).GetGrantNotificationAsync(request,
            cancellationToken: Cancellation).ResponseAsync);
        var malformed = await Assert.ThrowsAsync<RpcException>(() => Documents("officer-1", Roles.FinanceOfficer).GetGrantNotificationAsync(
            new GetGrantNotificationRequest { GrantId = "G-1" }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, other.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, staff.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, proposed.StatusCode);
        Assert.Contains("pas engagée", proposed.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }
}
