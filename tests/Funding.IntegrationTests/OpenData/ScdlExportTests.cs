using System.Text;
using System.Text.Json;
using Defis.Contracts.Events;
using Defis.Contracts.Funding.V1;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using OpenDataClient = Defis.Contracts.Funding.V1.OpenData.OpenDataClient;

namespace Defis.Funding.IntegrationTests.OpenData;

/// <summary>
/// The open data of grants, read without a token: only the committed grants of beneficiaries who received more than
/// 23,000 € in the year appear, and every row of the CSV and the JSON passes the SCDL « Subventions » 2.1.1 rules.
/// </summary>
public sealed class ScdlExportTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string LeadSiret = "73282932000074";
    private const string OtherSiret = "17690001100010";
    private const string ThirdSiret = "21690259600014";
    private readonly FundingPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private OpenDataClient Anyone => new(_platform.Host.Channel(null));

    [Fact]
    public async Task Only_committed_grants_above_the_threshold_are_published_and_every_row_passes_the_schema()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        var published = await CommittedAsync(programmeId, "CB21-0001", "=HYPERLINK(\"http://x\")", "Experimentation", null, twoTranches: true);
        await CommittedAsync(programmeId, "CB21-0002", "Préfecture du Rhône", "Incubation", 2_300_000, twoTranches: false, OtherSiret);
        await ProposedAsync(programmeId, "CB21-0003");

        var csv = await Anyone.ExportScdlGrantsAsync(new ExportScdlGrantsRequest { ProgrammeId = $"{programmeId}" }, cancellationToken: cancellation);
        var json = await Anyone.ExportScdlGrantsAsync(new ExportScdlGrantsRequest { ProgrammeId = $"{programmeId}", Format = "json" }, cancellationToken: cancellation);

        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.Equal("application/json; charset=utf-8", json.ContentType);
        var (header, rows) = CsvTable.Read(Encoding.UTF8.GetString(csv.Data.Span));
        Assert.Equal(ScdlSchemaRules.Fields, header);
        var jsonRows = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(json.Data.Span)!;
        Assert.Equal(rows.Select(r => r.OrderBy(c => c.Key)), jsonRows.Select(r => r.OrderBy(c => c.Key)));
        var row = Assert.Single(rows);
        Assert.Empty(ScdlSchemaRules.Violations(row));
        var today = ParisTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        Assert.Equal(FundingPlatform.AttributingSiret, row["idAttribuant"]);
        Assert.Equal($"{published}", row["referenceDecision"]);
        Assert.Equal("'=HYPERLINK(\"http://x\")", row["nomBeneficiaire"]);
        Assert.Equal(LeadSiret, row["idBeneficiaire"]);
        Assert.Equal("250000.00", row["montant"]);
        Assert.Equal("échelonné", row["conditionsVersement"]);
        Assert.Equal(today, row["dateConvention"]);
        Assert.StartsWith($"{today}/", row["datesPeriodeVersement"], StringComparison.Ordinal);
        Assert.Equal("Phase d’expérimentation du défi «\u00a0Accueillir les parents allophones\u00a0» (CB21-0001), appel CB21", row["objet"]);
    }

    /// <summary>Décret 2017-779: more than 23,000 € to one beneficiary in a year, however many grants, all published.</summary>
    [Fact]
    public async Task The_threshold_counts_a_beneficiarys_grants_of_the_year_together_23000_euros_stay_unpublished_one_cent_more_is_published()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        await CommittedAsync(programmeId, "CB21-0011", "Mairie de Vénissieux", "Incubation", 1_150_000, twoTranches: false, OtherSiret);
        await CommittedAsync(programmeId, "CB21-0012", "Mairie de Vénissieux", "Incubation", 1_150_000, twoTranches: false, OtherSiret);
        var first = await CommittedAsync(programmeId, "CB21-0013", "Préfecture du Rhône", "Incubation", 1_150_000, twoTranches: false, ThirdSiret);
        var second = await CommittedAsync(programmeId, "CB21-0014", "Préfecture du Rhône", "Incubation", 1_150_001, twoTranches: false, ThirdSiret);

        var csv = await Anyone.ExportScdlGrantsAsync(new ExportScdlGrantsRequest { ProgrammeId = $"{programmeId}" }, cancellationToken: cancellation);

        var (_, rows) = CsvTable.Read(Encoding.UTF8.GetString(csv.Data.Span));
        Assert.Equal([$"{first}", $"{second}"], rows.Select(r => r["referenceDecision"]).Order());
        Assert.All(rows, row => Assert.Equal(ThirdSiret, row["idBeneficiaire"]));
        Assert.Equal(["11500.00", "11500.01"], rows.Select(r => r["montant"]).Order());
        Assert.All(rows, row => Assert.Empty(ScdlSchemaRules.Violations(row)));
    }

    [Fact]
    public async Task Bad_filters_name_their_fields_and_an_unknown_call_is_not_found()
    {
        var cancellation = TestContext.Current.CancellationToken;

        var bad = await Assert.ThrowsAsync<RpcException>(() => Anyone.ExportScdlGrantsAsync(
            new ExportScdlGrantsRequest { ProgrammeId = "CB21", Format = "xlsx" }, cancellationToken: cancellation).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Anyone.ExportScdlGrantsAsync(
            new ExportScdlGrantsRequest { ProgrammeId = $"{Guid.CreateVersion7()}" }, cancellationToken: cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        var violations = bad.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(["format", "programme_id"], violations.Select(v => v.Field).Order());
        Assert.Contains(violations, v => v.Description.Contains("UUID", StringComparison.Ordinal));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<Guid> CommittedAsync(Guid programmeId, string reference, string lead, string phase, long? amountCents, bool twoTranches,
        string siret = LeadSiret)
    {
        var grantId = await ProposedAsync(programmeId, reference, lead, phase, siret);
        var request = new CommitGrantRequest { GrantId = $"{grantId}" };
        if (amountCents is { } amount)
        {
            (request.AmountCents, request.Reason) = (amount, "Montant arrêté par le comité");
        }
        if (twoTranches)
        {
            request.Schedule.Add(new TrancheTerm { ShareBasisPoints = 5_000, Trigger = TrancheTrigger.AtCommitment });
            request.Schedule.Add(new TrancheTerm { ShareBasisPoints = 5_000, Trigger = TrancheTrigger.Manual });
        }
        await _platform.Officer.CommitGrantAsync(request, cancellationToken: TestContext.Current.CancellationToken);
        return grantId;
    }

    private async Task<Guid> ProposedAsync(Guid programmeId, string reference, string lead = "Rectorat de Lyon", string phase = "Experimentation",
        string siret = LeadSiret)
    {
        var dossierId = Guid.CreateVersion7();
        await _platform.PublishAsync(FundingPlatform.Submitted(programmeId, dossierId) with
        {
            Reference = reference,
            LeadStructureName = lead,
            LeadStructureSiret = siret,
        });
        await _platform.PublishAsync(FundingPlatform.Selected(programmeId, dossierId, phase) with { Reference = reference });
        var grant = await _platform.UntilAsync(db => db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.DossierId == dossierId),
            g => g is not null, $"the grant of {reference} is proposed");
        return grant!.Id;
    }
}
