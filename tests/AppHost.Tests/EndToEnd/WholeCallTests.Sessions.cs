using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Defis.AppHost.Tests.Browser;
using Defis.Contracts.Accompaniment.V1;
using Defis.SharedKernel.Time;
using Microsoft.Playwright;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private const string PortalCoach = "demo-coach";

    /// <summary>What Accompaniment says of a session ending before it starts.</summary>
    private const string EndBeforeStart = "La fin doit suivre le début, au plus 12 heures après.";

    /// <summary>
    /// Sessions in the portal (issue 22): demo-coach schedules a one-seat webinar of the call, its times typed in Paris,
    /// first ending before it starts (the platform's word next to the end and in the error summary), then right; the
    /// second team takes the seat through the SDK; demo-porteur-1 registers in the portal and reads that they wait, first
    /// in line (in « Mes inscriptions » too), downloads the session's .ics (text/calendar, holding the title); the SDK
    /// confirms both registrations. Each page passes axe and is photographed.
    /// </summary>
    private async Task SessionsThroughThePortalAsync(Cast call, AspirePlatform platform)
    {
        var clock = Stopwatch.StartNew();
        var title = $"Webinaire de présentation {call.Code}";
        // Three days ahead, 10:00 to 11:30 on Paris clocks: still to come whenever the test runs.
        var paris = ParisTime.Zone;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, paris).DateTime).AddDays(3);
        var start = day.ToDateTime(new TimeOnly(10, 0));
        await platform.WaitForHealthyAsync("portal", EventBound, Cancellation);

        await ScheduleThroughThePortalAsync(call, platform, title, day);
        var session = Assert.Single((await call.SecondTeam.Sessions.ListAsync(call.ProgrammeId, Cancellation)).Sessions, s => s.Title == title);
        Assert.Equal(new DateTimeOffset(start, paris.GetUtcOffset(start)), session.Start.ToDateTimeOffset());
        Assert.Equal(TimeSpan.FromMinutes(90), session.End.ToDateTimeOffset() - session.Start.ToDateTimeOffset());
        Assert.Equal((SessionKind.InfoWebinar, 1, 1), (session.Kind, session.Capacity, session.SeatsLeft));

        var seat = await call.SecondTeam.Sessions.RegisterAsync(session.Id, new RegisterRequest { SessionId = session.Id }, Cancellation);
        Assert.Equal(RegistrationStatus.Confirmed, seat.Status);

        await RegisterThroughThePortalAsync(call, platform, title, session.Id);

        var registrations = await call.Coach.Sessions.ListRegistrationsAsync(session.Id, Cancellation);
        Assert.Equal([("demo-porteur-2", RegistrationStatus.Confirmed, 0), ("demo-porteur-1", RegistrationStatus.Waitlisted, 1)],
            registrations.Registrations.Select(r => (r.UserId, r.Status, r.WaitingPosition)));
        var now = await call.FirstTeam.Sessions.GetAsync(session.Id, Cancellation);
        Assert.Equal((0, 1), (now.SeatsLeft, now.Waiting));
        output.WriteLine($"Sessions' portal journey: {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>The coach's form: an end before the start refused next to the end, then the session scheduled and listed.</summary>
    private async Task ScheduleThroughThePortalAsync(Cast call, AspirePlatform platform, string title, DateOnly day)
    {
        await using var browser = await PortalBrowser.OpenAsync(output, "sessions-coach");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, PortalCoach);
            await page.GetByRole(AriaRole.Link, new() { Name = "Sessions", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sessions", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("sessions");

            await page.GetByRole(AriaRole.Link, new() { Name = "Programmer une session" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programmer une session", Level = 1 })).ToBeVisibleAsync();
            await browser.CheckPageAsync("programmer");

            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await page.Locator("#Form_ProgrammeId").SelectOptionAsync(call.ProgrammeId);
            await page.Locator("#Form_Kind").SelectOptionAsync(nameof(SessionKind.InfoWebinar));
            await page.Locator("#Form_Title").FillAsync(title);
            await page.Locator("#Form_Description").FillAsync("Les règles de l'appel et les questions des équipes.");
            await page.Locator("#Form_StartDate").FillAsync(date);
            await page.Locator("#Form_StartTime").FillAsync("10:00");
            await page.Locator("#Form_EndDate").FillAsync(date);
            await page.Locator("#Form_EndTime").FillAsync("09:00");
            await page.Locator("#Form_Capacity").FillAsync("1");
            await page.Locator("#Form_Url").FillAsync("https://webinaire.example.gouv.fr/defis");
            await page.GetByRole(AriaRole.Button, new() { Name = "Programmer la session" }).ClickAsync();

            var summary = page.Locator("#resume-erreurs");
            await Assertions.Expect(summary).ToBeVisibleAsync();
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Erreur — "));
            await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"Jour de la fin : {EndBeforeStart}" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#Form_EndDate-erreur")).ToHaveTextAsync(EndBeforeStart);
            await Assertions.Expect(page.Locator("#Form_EndDate")).ToHaveAttributeAsync("aria-describedby", new Regex("Form_EndDate-erreur"));
            // What was typed is kept.
            await Assertions.Expect(page.Locator("#Form_Title")).ToHaveValueAsync(title);
            await Assertions.Expect(page.Locator("#Form_StartTime")).ToHaveValueAsync("10:00");
            await browser.CheckPageAsync("programmer-erreurs");

            await page.Locator("#Form_EndTime").FillAsync("11:30");
            await page.GetByRole(AriaRole.Button, new() { Name = "Programmer la session" }).ClickAsync();
            await Assertions.Expect(page.GetByText("La session est programmée.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Sessions de l'appel {call.Code}", Level = 1 })).ToBeVisibleAsync();
            var row = SessionRow(page, title);
            await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "1 place sur 1", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Webinaire d'information", Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { NameRegex = new Regex(", de 10:00 à 11:30$") })).ToBeVisibleAsync();
            await browser.CheckPageAsync("sessions-programmee");
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    /// <summary>The first team's applicant: the session full, registered on the waiting list (first in line), the .ics downloaded.</summary>
    private async Task RegisterThroughThePortalAsync(Cast call, AspirePlatform platform, string title, string sessionId)
    {
        await using var browser = await PortalBrowser.OpenAsync(output, "sessions-porteur");
        var page = browser.Page;
        try
        {
            await browser.GoToPortalAsync(platform.Endpoint("portal"));
            await SignInAsync(browser, platform, "demo-porteur-1");
            await page.GetByRole(AriaRole.Link, new() { Name = "Sessions", Exact = true }).ClickAsync();
            // Scheduling is the organisers': no link to it here.
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Programmer une session" })).ToHaveCountAsync(0);
            await page.GetByLabel("Appel", new() { Exact = true }).SelectOptionAsync(call.Code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher les sessions" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Sessions de l'appel {call.Code}", Level = 1 })).ToBeVisibleAsync();
            var row = SessionRow(page, title);
            await Assertions.Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Complet (1 place)", Exact = true })).ToBeVisibleAsync();
            await browser.CheckPageAsync("sessions-appel");

            await row.GetByRole(AriaRole.Button, new() { Name = $"S'inscrire à « {title} »" }).ClickAsync();
            await Assertions.Expect(page.Locator("#resultat")).ToContainTextAsync($"La session « {title} » est complète : vous êtes sur liste d'attente (position 1).");
            await Assertions.Expect(SessionRow(page, title).GetByRole(AriaRole.Cell, new() { Name = "1 personne", Exact = true })).ToBeVisibleAsync();
            // « Mes inscriptions », on the same page, says where they stand.
            await Assertions.Expect(page.Locator("#mes-inscriptions-liste tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = title, Exact = true }) })
                .GetByRole(AriaRole.Cell, new() { Name = "En liste d'attente (position 1)", Exact = true })).ToBeVisibleAsync();
            await browser.CheckPageAsync("sessions-attente");

            var link = SessionRow(page, title).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Ajouter à mon agenda") });
            var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
            Assert.Equal($"session-{sessionId}.ics", download.SuggestedFilename);
            var saved = await download.PathAsync();
            Assert.Contains($"SUMMARY:{title}", await File.ReadAllTextAsync(saved, Cancellation), StringComparison.Ordinal);
            // The same link with the page's session, for what the download does not show: its media type.
            var response = await page.Context.APIRequest.GetAsync(await link.GetAttributeAsync("href") is { } href ? new Uri(new Uri(page.Url), href).ToString() : "");
            Assert.Equal(200, response.Status);
            Assert.StartsWith("text/calendar", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.Contains("BEGIN:VCALENDAR", await response.TextAsync(), StringComparison.Ordinal);
        }
        catch
        {
            await browser.ReportAsync();
            throw;
        }
    }

    private static ILocator SessionRow(IPage page, string title) =>
        page.Locator("#seances tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = title, Exact = true }) });
}
