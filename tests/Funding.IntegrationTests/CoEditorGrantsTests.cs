using Defis.Contracts.Events;
using Defis.Contracts.Funding.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.IntegrationTests;

/// <summary>
/// The co-editors a dossier's filings name follow its grant with the lead (listed, read, expenses read), by the e-mail of
/// their token; only the lead declares expenses; the newest filing's team holds whatever order filings arrive in, and a
/// purge forgets it for good.
/// </summary>
public sealed class CoEditorGrantsTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    // TestTokens give each user the e-mail "<user>@example.gouv.fr".
    private const string CoEditor = "claire.martin";
    private const string LaterCoEditor = "paul.durand";
    private readonly FundingPlatform _platform = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private Contracts.Funding.V1.Funding.FundingClient Applicant(string user) => _platform.Client(TestTokens.For(user, Roles.Applicant));

    private static DossierSubmitted FiledWith(Guid programmeId, Guid dossierId, params string[] coEditors) =>
        FundingPlatform.Submitted(programmeId, dossierId) with { CoEditorEmails = coEditors };

    private static DossierResubmitted RefiledWith(Guid dossierId, int daysAfterFiling, params string[] coEditors) =>
        new(dossierId, "CB21-0001", 20_000_000, FundingPlatform.Lead, coEditors) { OccurredAt = FundingPlatform.Published.AddDays(30 + daysAfterFiling) };

    private async Task<Guid> CommittedGrantAsync(Guid programmeId, Guid dossierId)
    {
        await _platform.DeliverAsync(FundingPlatform.Selected(programmeId, dossierId, "Incubation"));
        var grant = await _platform.UntilAsync(db => db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.DossierId == dossierId), g => g is not null, "a grant is proposed");
        var commit = new CommitGrantRequest { GrantId = $"{grant!.Id}" };
        commit.Schedule.Add(new TrancheTerm { ShareBasisPoints = 10_000, Trigger = TrancheTrigger.AtCommitment });
        await _platform.Officer.CommitGrantAsync(commit, cancellationToken: Cancellation);
        return grant.Id;
    }

    private async Task<IReadOnlyList<string>> ListedForAsync(string user, Guid? dossierId = null) =>
        [.. (await Applicant(user).ListMyGrantsAsync(new ListMyGrantsRequest { DossierId = dossierId?.ToString() ?? "" }, cancellationToken: Cancellation))
            .Grants.Select(g => g.Id)];

    [Fact]
    public async Task A_co_editor_follows_the_grant_and_its_expenses_but_only_the_lead_declares_them()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        // As a token may spell it: the filing's list is compared in lower case.
        await _platform.DeliverAsync(FiledWith(programmeId, dossierId, "Claire.Martin@example.gouv.fr"));
        var grantId = await CommittedGrantAsync(programmeId, dossierId);

        Assert.Equal([$"{grantId}"], await ListedForAsync(CoEditor));
        Assert.Equal([$"{grantId}"], await ListedForAsync(CoEditor, dossierId));
        var read = await Applicant(CoEditor).GetGrantAsync(new GetGrantRequest { GrantId = $"{grantId}" }, cancellationToken: Cancellation);
        Assert.Equal(GrantStatus.Committed, read.Status);
        Assert.Empty((await Applicant(CoEditor).ListExpensesAsync(new ListExpensesRequest { GrantId = $"{grantId}" }, cancellationToken: Cancellation)).Expenses);

        var expense = new ExpenseLine
        {
            Category = ExpenseCategory.CollaborativeDigitalTools, AmountCents = 100_000, Provider = "Atelier Commun", ProviderCountry = "FR",
            Date = new Google.Type.Date { Year = 2021, Month = 12, Day = 1 }, InvoiceReference = "F-2021-12",
        };
        var declared = await Assert.ThrowsAsync<RpcException>(() => Applicant(CoEditor)
            .DeclareExpensesAsync(new DeclareExpensesRequest { GrantId = $"{grantId}", Lines = { expense } }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, declared.StatusCode);
        Assert.Contains("porteur", declared.Status.Detail, StringComparison.Ordinal);

        // Someone the filing did not name sees no grant, as if there were none.
        Assert.Empty(await ListedForAsync("agent-nantes", dossierId));
        var hidden = await Assert.ThrowsAsync<RpcException>(() => Applicant("agent-nantes")
            .GetGrantAsync(new GetGrantRequest { GrantId = $"{grantId}" }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task The_newest_filings_team_holds_whichever_filing_arrives_last()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        // The refiling (the correction added one co-editor and dropped the other) overtakes the first filing.
        await _platform.DeliverAsync(RefiledWith(dossierId, 10, LaterCoEditor + "@example.gouv.fr"));
        await _platform.DeliverAsync(FiledWith(programmeId, dossierId, CoEditor + "@example.gouv.fr"));
        var grantId = await CommittedGrantAsync(programmeId, dossierId);

        Assert.Equal([$"{grantId}"], await ListedForAsync(LaterCoEditor));
        Assert.Empty(await ListedForAsync(CoEditor));

        // An older producer's refiling, which tells no list, changes nothing; one that names nobody ends the co-editing.
        await _platform.DeliverAsync(new DossierResubmitted(dossierId, "CB21-0001", 20_000_000, FundingPlatform.Lead)
        {
            OccurredAt = FundingPlatform.Published.AddDays(45),
        });
        Assert.Equal([$"{grantId}"], await ListedForAsync(LaterCoEditor));
        await _platform.DeliverAsync(RefiledWith(dossierId, 20));
        Assert.Empty(await ListedForAsync(LaterCoEditor));
    }

    [Fact]
    public async Task An_erased_co_editor_no_longer_follows_the_grant()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        await _platform.DeliverAsync(FiledWith(programmeId, dossierId, CoEditor + "@example.gouv.fr", LaterCoEditor + "@example.gouv.fr"));
        var grantId = await CommittedGrantAsync(programmeId, dossierId);

        await _platform.DeliverAsync(new DossierCoEditorsChanged(dossierId, "CB21", [LaterCoEditor + "@example.gouv.fr"])
        {
            OccurredAt = FundingPlatform.Published.AddMonths(6),
        });

        Assert.Empty(await ListedForAsync(CoEditor));
        Assert.Equal([$"{grantId}"], await ListedForAsync(LaterCoEditor));
    }

    [Fact]
    public async Task A_purge_forgets_the_co_editors_and_a_late_refiling_brings_none_back()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        await _platform.DeliverAsync(FiledWith(programmeId, dossierId, CoEditor + "@example.gouv.fr"));
        await CommittedGrantAsync(programmeId, dossierId);

        await _platform.DeliverAsync(new DossierPurged(dossierId, "CB21", PurgeReason.Erasure) { OccurredAt = FundingPlatform.Published.AddYears(1) });
        await _platform.DeliverAsync(RefiledWith(dossierId, 40, CoEditor + "@example.gouv.fr"));

        Assert.Empty(await ListedForAsync(CoEditor));
        Assert.False(await _platform.QueryAsync(db => db.Teams.AnyAsync(t => t.DossierId == dossierId, Cancellation)));
    }
}
