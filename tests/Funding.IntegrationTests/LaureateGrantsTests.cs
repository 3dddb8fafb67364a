using System.Net;
using System.Text.Json;
using Defis.Contracts.Funding.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;

namespace Defis.Funding.IntegrationTests;

/// <summary>
/// ListMyGrants: a laureate lists the grants of the dossiers Funding recorded them filing, with their tranches, in phase
/// order then newest first; the dossier filter narrows them; another applicant's dossier id lists nothing; only
/// applicants are served.
/// </summary>
public sealed class LaureateGrantsTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string OtherLead = "agent-lille";
    private readonly FundingPlatform _platform = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private Contracts.Funding.V1.Funding.FundingClient Applicant(string user) => _platform.Client(TestTokens.For(user, Roles.Applicant));

    [Fact]
    public async Task A_laureate_lists_exactly_the_grants_of_their_own_dossiers_and_nobody_elses()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var (first, second, third, elsewhere) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var firstGrant = await _platform.ProposedGrantAsync(programmeId, first, "Incubation");
        var secondGrant = await _platform.ProposedGrantAsync(programmeId, second, "Experimentation");
        var thirdGrant = await _platform.ProposedGrantAsync(programmeId, third, "Incubation");
        var otherGrant = await _platform.ProposedGrantAsync(programmeId, elsewhere, "Incubation", owner: OtherLead);
        var commit = new CommitGrantRequest { GrantId = $"{firstGrant}" };
        commit.Schedule.Add(new TrancheTerm { ShareBasisPoints = 6_000, Trigger = TrancheTrigger.AtCommitment });
        commit.Schedule.Add(new TrancheTerm { ShareBasisPoints = 4_000, Trigger = TrancheTrigger.Milestone, Milestone = "Prototype testé" });
        var committed = await _platform.Officer.CommitGrantAsync(commit, cancellationToken: Cancellation);

        var mine = await Applicant(FundingPlatform.Lead).ListMyGrantsAsync(new ListMyGrantsRequest(), cancellationToken: Cancellation);
        var theirs = await Applicant(OtherLead).ListMyGrantsAsync(new ListMyGrantsRequest(), cancellationToken: Cancellation);
        var none = await Applicant("agent-nantes").ListMyGrantsAsync(new ListMyGrantsRequest(), cancellationToken: Cancellation);

        // Incubation before experimentation; within incubation, the newest first.
        Assert.Equal([$"{thirdGrant}", $"{firstGrant}", $"{secondGrant}"], mine.Grants.Select(g => g.Id));
        Assert.Equal([$"{third}", $"{first}", $"{second}"], mine.Grants.Select(g => g.DossierId));
        Assert.Equal((GrantStatus.Committed, committed.AmountCents, committed.ReleasedCents),
            (mine.Grants[1].Status, mine.Grants[1].AmountCents, mine.Grants[1].ReleasedCents));
        Assert.Equal([TrancheStatus.Released, TrancheStatus.Scheduled], mine.Grants[1].Tranches.Select(t => t.Status));
        Assert.Equal("Prototype testé", mine.Grants[1].Tranches[1].Milestone);
        Assert.Equal($"{otherGrant}", Assert.Single(theirs.Grants).Id);
        Assert.Empty(none.Grants);
    }

    [Fact]
    public async Task The_dossier_filter_narrows_to_one_own_dossier_and_someone_elses_dossier_lists_nothing()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var (own, another, elsewhere) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var ownGrant = await _platform.ProposedGrantAsync(programmeId, own, "Experimentation");
        await _platform.ProposedGrantAsync(programmeId, another, "Incubation");
        await _platform.ProposedGrantAsync(programmeId, elsewhere, "Incubation", owner: OtherLead);
        var lead = Applicant(FundingPlatform.Lead);

        var one = await lead.ListMyGrantsAsync(new ListMyGrantsRequest { DossierId = $"{own}" }, cancellationToken: Cancellation);
        var notTheirs = await lead.ListMyGrantsAsync(new ListMyGrantsRequest { DossierId = $"{elsewhere}" }, cancellationToken: Cancellation);
        var unknown = await lead.ListMyGrantsAsync(new ListMyGrantsRequest { DossierId = $"{Guid.CreateVersion7()}" }, cancellationToken: Cancellation);

        Assert.Equal($"{ownGrant}", Assert.Single(one.Grants).Id);
        Assert.Empty(notTheirs.Grants);
        Assert.Empty(unknown.Grants);

        // The same through REST: the route the gateway forwards, the filter as a query parameter.
        using var rest = await _platform.Host.Http(TestTokens.For(FundingPlatform.Lead, Roles.Applicant))
            .GetAsync($"/api/v1/funding/me/grants?dossierId={own}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        using var body = JsonDocument.Parse(await rest.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal($"{ownGrant}", Assert.Single(body.RootElement.GetProperty("grants").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Finance_staff_and_ministries_are_refused_they_read_grants_by_programme()
    {
        var programmeId = await _platform.OpenProgrammeAsync(150_000_000);
        var dossierId = Guid.CreateVersion7();
        await _platform.ProposedGrantAsync(programmeId, dossierId, "Incubation");

        foreach (var role in new[] { Roles.FinanceOfficer, Roles.ProgrammeStaff, Roles.MinistryPartner })
        {
            // Even as the dossier's filer: the list is the laureate's, read as an applicant.
            var refused = await Assert.ThrowsAsync<RpcException>(() => _platform.Client(TestTokens.For(FundingPlatform.Lead, role))
                .ListMyGrantsAsync(new ListMyGrantsRequest { DossierId = $"{dossierId}" }, cancellationToken: Cancellation).ResponseAsync);
            Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        }
    }
}
