using System.Net;
using System.Text.Json;
using Defis.Client;
using Defis.Contracts.Jury.V1;
using Defis.Contracts.Submission.V1;
using Refit;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    /// <summary>
    /// The first team tries to file an incomplete dossier: 400 naming exactly the missing and ineligible fields, nothing
    /// filed. Fixed, it gets the call's first reference; the second team files complete and gets the second.
    /// </summary>
    private async Task FileDossiersAsync(Cast call)
    {
        var firstContent = WholeCallData.FirstTeam(call.Code);
        var draft = await call.FirstTeam.Dossiers.CreateAsync(WholeCallData.NewDossier(call.Code, firstContent), Cancellation);
        draft = await call.FirstTeam.Dossiers.UpdateContentAsync(draft.Id, WholeCallData.Incomplete(firstContent), draft.Version, Cancellation);

        var refused = await call.FirstTeam.Dossiers.SubmitForResponseAsync(draft.Id, new SubmitDossierRequest { DossierId = draft.Id }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var violations = FieldViolations(Assert.IsAssignableFrom<ApiException>(refused.Error).Content!);
        Assert.Equal(WholeCallData.IncompleteFields, violations.Keys.Order());
        Assert.Equal("L'appel exige un prestataire établi en Europe.", violations["budget.lines[1].providerCountry"]);
        Assert.Equal("Cette rubrique est exigée par l'appel.", violations["problem"]);
        var unfiled = await call.FirstTeam.Dossiers.GetAsync(draft.Id, Cancellation);
        Assert.Equal(DossierStatus.Draft, unfiled.Status);
        Assert.Equal("", unfiled.Reference);

        await call.FirstTeam.Dossiers.UpdateContentAsync(draft.Id, firstContent, unfiled.Version, Cancellation);
        call.First = await SubmitAsync(call.FirstTeam, draft.Id, $"{call.Code}-0001");
        call.Second = await FileCompleteAsync(call.SecondTeam, call.Code, WholeCallData.SecondTeam(call.Code), $"{call.Code}-0002");
        output.WriteLine($"Filed {call.First.Reference} (trace {call.First.TraceId}) and {call.Second.Reference}.");
    }

    /// <summary>
    /// Both dossiers got two reviewers on arrival, the conflicted juror on neither list for the second team's dossier
    /// (not even withdrawn), and that dossier does not exist for them: 404 on the dossier and on its reviews.
    /// </summary>
    private async Task CheckConflictedJurorAsync(Cast call)
    {
        var book = await Poll.UntilAsync(() => call.Staff.Jury.GetAssignmentBookAsync(call.PanelId, Cancellation),
            b => Reviewers(b, call.First.Id).Count == 2 && Reviewers(b, call.Second.Id).Count == 2, EventBound,
            "two reviewers assigned to each dossier on its arrival", Cancellation);
        Assert.Equal(["demo-jure-2", "demo-president"], Reviewers(book, call.Second.Id));
        Assert.DoesNotContain(book.Assignments, a => a.DossierId == call.Second.Id && a.JurorUserId == "demo-jure-1");
        var mine = await call.ConflictedJuror.Jury.ListMyAssignmentsAsync(Cancellation);
        Assert.DoesNotContain(mine.Assignments, a => a.DossierId == call.Second.Id);

        // The unconflicted reviewer reads it once Submission has heard of the assignment; the conflicted juror never does.
        var read = await Poll.UntilAsync(() => call.Juror.Dossiers.GetAsync(call.Second.Id, Cancellation), _ => true, EventBound,
            "the assigned juror reading the dossier", Cancellation);
        Assert.Equal(call.Second.Reference, read.Reference);
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<ApiException>(() => call.ConflictedJuror.Dossiers.GetAsync(call.Second.Id, Cancellation))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<ApiException>(() =>
            call.ConflictedJuror.Jury.ListDossierReviewsAsync(call.PanelId, call.Second.Id, Cancellation))).StatusCode);
    }

    private async Task<Filed> FileCompleteAsync(DefisClient team, string code, DossierContent content, string expectedReference)
    {
        var draft = await team.Dossiers.CreateAsync(WholeCallData.NewDossier(code, content), Cancellation);
        await team.Dossiers.UpdateContentAsync(draft.Id, content, draft.Version, Cancellation);
        return await SubmitAsync(team, draft.Id, expectedReference);
    }

    private async Task<Filed> SubmitAsync(DefisClient team, string dossierId, string expectedReference)
    {
        var response = await team.Dossiers.SubmitForResponseAsync(dossierId, new SubmitDossierRequest { DossierId = dossierId }, Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"Filing refused: {(int)response.StatusCode} {(response.Error as ApiException)?.Content}");
        var filed = response.Content!;
        Assert.Equal(DossierStatus.Submitted, filed.Status);
        Assert.Equal(expectedReference, filed.Reference);
        var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
        Assert.Matches("^[0-9a-f]{32}$", traceId);
        return new Filed(filed.Id, filed.Reference, filed.ContactEmail, traceId);
    }

    private static List<string> Reviewers(AssignmentBook book, string dossierId) =>
        [.. book.Assignments.Where(a => a.DossierId == dossierId && a.WithdrawnAt is null).Select(a => a.JurorUserId).Order()];

    /// <summary>field → description, from the google.rpc.Status JSON the transcoding answers a 400 with.</summary>
    private static Dictionary<string, string> FieldViolations(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return json.RootElement.GetProperty("details").EnumerateArray()
            .Where(d => d.TryGetProperty("fieldViolations", out _))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
            .ToDictionary(v => v.GetProperty("field").GetString()!, v => v.GetProperty("description").GetString()!);
    }
}
