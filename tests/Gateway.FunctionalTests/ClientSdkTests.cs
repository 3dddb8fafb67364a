using System.Text.Json;
using Defis.Client;
using Defis.Client.Api;
using Defis.Client.Http;
using Defis.Contracts.Submission.V1;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Defis.Gateway.FunctionalTests;

/// <summary>The SDK signs in at the identity service, then talks to the gateway as the services' JSON transcoding expects.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ClientSdkTests(GatewayPlatform platform)
{
    [Fact]
    public async Task The_sdk_sends_contract_json_with_its_token_and_an_idempotency_key()
    {
        var tokens = TokenSource.Password(platform.Identity.CreateClient(), "demo-porteur-2", platform.DemoPassword);
        using var client = new DefisClient(platform.GatewayA.Server.BaseAddress, tokens, platform.GatewayA.Server.CreateHandler());

        await client.Dossiers.CreateAsync(new CreateDossierRequest { ProgrammeCode = "CB21", Title = "Mon défi" }, TestContext.Current.CancellationToken);
        await client.Dossiers.CreateAsync(new CreateDossierRequest { ProgrammeCode = "CB21", Title = "Mon second défi" }, TestContext.Current.CancellationToken);

        var received = platform.Downstream.ReceivedAt("POST", "/api/v1/dossiers").Where(r => r.Body.Contains("défi", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, received.Count);
        Assert.Equal("CB21", JsonDocument.Parse(received[0].Body).RootElement.GetProperty("programmeCode").GetString());
        Assert.Equal("demo-porteur-2", new JsonWebToken(received[0].Authorization["Bearer ".Length..]).Subject);
        Assert.Equal(received[0].Authorization, received[1].Authorization);
        Assert.All(received, r => Assert.True(Guid.TryParse(r.IdempotencyKey, out _)));
        Assert.NotEqual(received[0].IdempotencyKey, received[1].IdempotencyKey);
    }

    [Fact]
    public async Task The_sdk_replays_funding_events_page_after_page()
    {
        var tokens = TokenSource.ClientCredentials(platform.Identity.CreateClient(), GatewayPlatform.MinistryClient, platform.ClientSecret);
        using var client = new DefisClient(platform.GatewayA.Server.BaseAddress, tokens, platform.GatewayA.Server.CreateHandler());

        var sequences = new List<long>();
        await foreach (var record in client.Funding.ReplayAsync("paged", pageSize: 2, cancellationToken: TestContext.Current.CancellationToken))
        {
            sequences.Add(record.Sequence);
        }

        Assert.Equal([1L, 2, 3, 4, 5], sequences);
    }

    [Fact]
    public async Task The_sdk_asks_for_a_ranking_export_in_the_format_given_and_hands_back_the_streamed_response()
    {
        var tokens = TokenSource.Password(platform.Identity.CreateClient(), "demo-president", platform.DemoPassword);
        using var client = new DefisClient(platform.GatewayA.Server.BaseAddress, tokens, platform.GatewayA.Server.CreateHandler());

        using var response = await client.Jury.ExportRankingAsync("panel-sdk", "xlsx", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        var received = Assert.Single(platform.Downstream.ReceivedAt("GET", "/api/v1/jury/panels/panel-sdk/ranking/export"));
        Assert.Equal("demo-president", new JsonWebToken(received.Authorization["Bearer ".Length..]).Subject);
    }

    [Fact]
    public async Task The_sdk_starts_a_dossiers_export_job_reads_it_and_downloads_its_file_as_staff()
    {
        var tokens = TokenSource.Password(platform.Identity.CreateClient(), "demo-ditp", platform.DemoPassword);
        using var client = new DefisClient(platform.GatewayA.Server.BaseAddress, tokens, platform.GatewayA.Server.CreateHandler());

        await client.Dossiers.StartExportJobAsync("SDK-EXPORT", new StartDossierExportRequest { Format = "xlsx" }, TestContext.Current.CancellationToken);
        await client.Dossiers.GetExportJobAsync("job-sdk", TestContext.Current.CancellationToken);
        using var file = await client.Dossiers.DownloadExportFileAsync("job-sdk", TestContext.Current.CancellationToken);

        Assert.True(file.IsSuccessStatusCode);
        var started = Assert.Single(platform.Downstream.ReceivedAt("POST", "/api/v1/dossiers/exports/SDK-EXPORT/jobs"));
        Assert.Equal("xlsx", JsonDocument.Parse(started.Body).RootElement.GetProperty("format").GetString());
        Assert.Equal("demo-ditp", new JsonWebToken(started.Authorization["Bearer ".Length..]).Subject);
        Assert.Single(platform.Downstream.ReceivedAt("GET", "/api/v1/dossiers/export-jobs/job-sdk"));
        Assert.Single(platform.Downstream.ReceivedAt("GET", "/api/v1/dossiers/export-jobs/job-sdk/file"));
    }

    [Fact]
    public async Task The_sdk_asks_for_a_dossiers_receipt_and_decision_letter_and_hands_back_the_streamed_responses()
    {
        var tokens = TokenSource.Password(platform.Identity.CreateClient(), "demo-porteur-2", platform.DemoPassword);
        using var client = new DefisClient(platform.GatewayA.Server.BaseAddress, tokens, platform.GatewayA.Server.CreateHandler());

        using var receipt = await client.Dossiers.GetFilingReceiptAsync("dossier-sdk", TestContext.Current.CancellationToken);
        using var letter = await client.Dossiers.GetDecisionLetterAsync("dossier-sdk", "Incubation", TestContext.Current.CancellationToken);

        Assert.True(receipt.IsSuccessStatusCode);
        Assert.True(letter.IsSuccessStatusCode);
        var asked = Assert.Single(platform.Downstream.ReceivedAt("GET", "/api/v1/dossiers/dossier-sdk/receipt"));
        Assert.Equal("demo-porteur-2", new JsonWebToken(asked.Authorization["Bearer ".Length..]).Subject);
        Assert.Single(platform.Downstream.ReceivedAt("GET", "/api/v1/dossiers/dossier-sdk/decision-letters/Incubation"));
    }

    [Fact]
    public async Task The_sdk_asks_for_a_calls_finance_export_as_finance()
    {
        var tokens = TokenSource.Password(platform.Identity.CreateClient(), "demo-finance", platform.DemoPassword);
        using var client = new DefisClient(platform.GatewayA.Server.BaseAddress, tokens, platform.GatewayA.Server.CreateHandler());

        using var response = await client.Funding.ExportFinanceAsync("programme-sdk", "xlsx", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        var received = Assert.Single(platform.Downstream.ReceivedAt("GET", "/api/v1/funding/programmes/programme-sdk/export"));
        Assert.Equal("demo-finance", new JsonWebToken(received.Authorization["Bearer ".Length..]).Subject);
    }
}
