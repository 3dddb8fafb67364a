using System.Diagnostics;
using System.Globalization;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Funding.V1;
using Defis.SharedKernel.Time;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    /// <summary>
    /// The laureate follows the grant in the portal (issue 22), once the milestone's tranche is paid: the team's own list
    /// (ListMyGrants through the gateway) holds this grant only, and none for the other team even naming this dossier;
    /// demo-porteur-1 opens « Mes dossiers », then the dossier, and reads « Votre subvention »: « Engagée », the amount,
    /// what is paid so far, and every tranche paid with its Paris day — each figure as the page writes it, computed from
    /// the grant the SDK read, never written out here.
    /// </summary>
    private async Task FollowTheGrantThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        var grant = Assert.Single((await call.FirstTeam.Funding.ListMyGrantsAsync(call.First.Id, Cancellation)).Grants);
        Assert.Equal((call.GrantId, GrantStatus.Committed), (grant.Id, grant.Status));
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Released, t.Status));
        Assert.Empty((await call.SecondTeam.Funding.ListMyGrantsAsync(call.First.Id, Cancellation)).Grants);

        var clock = Stopwatch.StartNew();
        await using var browser = await PortalBrowser.OpenAsync(output, "subvention-laureat");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-porteur-1");
            await page.GetByRole(AriaRole.Link, new() { Name = "Mes dossiers", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mes dossiers", Level = 1 })).ToBeVisibleAsync();
            await page.Locator($"a[href='/dossiers/{call.First.Id}']").ClickAsync();
            await Assertions.Expect(page.Locator("#etat-dossier")).ToHaveTextAsync("Retenu");

            var section = page.Locator("#subvention");
            await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Votre subvention", Level = 2 })).ToBeVisibleAsync();
            await Assertions.Expect(section.Locator("article")).ToHaveCountAsync(1);
            await Assertions.Expect(section.Locator($"#etat-subvention-{grant.Id}")).ToHaveTextAsync("Engagée");
            await Assertions.Expect(section.Locator($"#montant-subvention-{grant.Id}")).ToHaveTextAsync(AsThePageWrites(grant.AmountCents));
            await Assertions.Expect(section.Locator($"#verse-subvention-{grant.Id}"))
                .ToHaveTextAsync($"{AsThePageWrites(grant.ReleasedCents)} sur {AsThePageWrites(grant.AmountCents)}");
            var rows = section.Locator($"#tranches-{grant.Id} tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(grant.Tranches.Count);
            for (var i = 0; i < grant.Tranches.Count; i++)
            {
                var tranche = grant.Tranches[i];
                var cells = rows.Nth(i).GetByRole(AriaRole.Cell);
                await Assertions.Expect(rows.Nth(i).GetByRole(AriaRole.Rowheader)).ToHaveTextAsync($"{tranche.Number}");
                await Assertions.Expect(cells.Nth(0)).ToHaveTextAsync(AsThePageWrites(tranche.AmountCents));
                if (tranche.Milestone.Length > 0)
                {
                    await Assertions.Expect(cells.Nth(2)).ToContainTextAsync(tranche.Milestone);
                }
                await Assertions.Expect(cells.Nth(3)).ToHaveTextAsync("Versée");
                await Assertions.Expect(cells.Nth(4)).ToHaveTextAsync(ParisTime.Format(tranche.ReleasedAt.ToDateTimeOffset()));
            }
            await browser.CheckPageAsync("dossier-subvention");
            output.WriteLine($"Laureate's grant in the portal: {clock.Elapsed.TotalSeconds:0.0} s.");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>Euros as the portal writes them: « 100 000 € », with both decimals only when there are cents (« 100 000,50 € »).</summary>
    private static string AsThePageWrites(long cents) =>
        (cents / 100m).ToString(cents % 100 == 0 ? "#,0 €" : "#,0.00 €", CultureInfo.GetCultureInfo("fr-FR"));
}
