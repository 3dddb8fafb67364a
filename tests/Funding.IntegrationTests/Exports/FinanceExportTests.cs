using System.Text;
using Defis.Contracts.Funding.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;
using MiniExcelLibs;

namespace Defis.Funding.IntegrationTests.Exports;

/// <summary>The finance export of a call on real PostgreSQL: grants, tranches and expenses, formulas made text, bad filters named.</summary>
public sealed class FinanceExportTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly FundingPlatform _platform = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private FundingExports.FundingExportsClient Exports(string token) => new(_platform.Host.Channel(token));

    [Fact]
    public async Task Grants_tranches_and_expenses_come_out_with_an_injected_formula_made_text()
    {
        var programmeId = await _platform.OpenProgrammeAsync(300_000_000);
        var grantId = await _platform.CommittedWithExpenseAsync(programmeId, Guid.CreateVersion7(), "=cmd|'/c calc'!A1", "@F-1");
        var finance = Exports(TestTokens.For("officer-1", Roles.FinanceOfficer));

        var csv = Encoding.UTF8.GetString(await DownloadAsync(finance, new ExportFinanceRequest { ProgrammeId = $"{programmeId}" }));
        var xlsx = await DownloadAsync(finance, new ExportFinanceRequest { ProgrammeId = $"{programmeId}", Format = "xlsx" });

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type,dotation,reference_dossier,phase,statut,numero,montant_centimes,date,detail,fournisseur,pays,reference_facture,motifs_rejet", lines[0]);
        Assert.Equal(["dotation", "tranche", "tranche", "dépense"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.StartsWith($"dotation,{grantId},CB21-0001,Incubation,Committed,,2500000,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",'=cmd|'/c calc'!A1,FR,'@F-1,", lines[4], StringComparison.Ordinal);
        using var sheet = new MemoryStream(xlsx);
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("'=cmd|'/c calc'!A1", rows[3]["fournisseur"]);
        Assert.Equal("'@F-1", rows[3]["reference_facture"]);
    }

    [Fact]
    public async Task Bad_filters_name_their_fields_others_are_refused_and_an_unknown_call_is_not_found()
    {
        var finance = Exports(TestTokens.For("officer-1", Roles.FinanceOfficer));

        var bad = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(finance, new ExportFinanceRequest { ProgrammeId = "CB21", Format = "pdf" }));
        var unknown = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(finance, new ExportFinanceRequest { ProgrammeId = $"{Guid.CreateVersion7()}" }));
        var staff = await Assert.ThrowsAsync<RpcException>(() => DownloadAsync(Exports(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)),
            new ExportFinanceRequest { ProgrammeId = $"{Guid.CreateVersion7()}" }));

        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Equal(["format", "programme_id"], bad.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, staff.StatusCode);
    }

    private static async Task<byte[]> DownloadAsync(FundingExports.FundingExportsClient client, ExportFinanceRequest request)
    {
        using var call = client.ExportFinance(request, cancellationToken: Cancellation);
        using var file = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync(Cancellation))
        {
            chunk.Data.WriteTo(file);
        }
        return file.ToArray();
    }
}
