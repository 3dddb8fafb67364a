using System.Net;
using System.Text.Json;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>The published laureates of a phase come from Submission once, then from Redis, until the next release.</summary>
[Collection(RealServicesCollection.Name)]
public sealed class LaureateCacheTests(RealPlatform platform)
{
    private const string Path = "/api/v1/programmes/CB21/laureates?phase=PHASE_EXPERIMENTATION";

    [Fact]
    public async Task The_list_is_cached_then_refreshed_when_the_next_selection_is_released()
    {
        var first = await Eventually.Until(() => ListAsync(RealPlatform.ApplicantB), list => list.Cache == "HIT", TimeSpan.FromSeconds(30),
            "the laureate list is kept after a first read");
        Assert.Equal([platform.ReferenceA], first.References);

        var (dossier, reference) = await platform.SubmittedDossierAsync("porteur-c", "Un guichet unique pour les aidants");
        await platform.SelectAsync(dossier, reference, () => Task.FromResult(true), _ => true, "C's dossier is known");
        await platform.PublishAsync(new PhaseSelectionReleased(Guid.CreateVersion7(), platform.ProgrammeId, "CB21", "Experimentation",
            [Guid.Parse(platform.DossierA), Guid.Parse(dossier)], [], RealPlatform.President, DateTimeOffset.UtcNow) { OccurredAt = DateTimeOffset.UtcNow });

        var fresh = await Eventually.Until(() => ListAsync(RealPlatform.Juror), list => list.References.Contains(reference), TimeSpan.FromSeconds(30),
            "the release drops the cached list and the next read sees the new laureate");
        Assert.Equal([platform.ReferenceA, reference], fresh.References);
        var again = await Eventually.Until(() => ListAsync(RealPlatform.Coach), list => list.Cache == "HIT", TimeSpan.FromSeconds(30),
            "the new list is kept in turn");
        Assert.Equal(fresh.References, again.References);
    }

    [Fact]
    public async Task A_request_the_cache_cannot_name_exactly_is_answered_but_not_kept()
    {
        using var client = platform.Client(RealPlatform.Token(RealPlatform.ApplicantA, Roles.Applicant));

        using var response = await client.GetAsync($"{Path}&extra={Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Cache"));
    }

    private async Task<(string Cache, string[] References)> ListAsync(string reader)
    {
        // Any signed-in caller reads the same list: the readers differ to show the entry is not per caller.
        using var client = platform.Client(RealPlatform.Token(reader, Roles.Applicant));
        using var response = await client.GetAsync(Path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var references = list.RootElement.TryGetProperty("laureates", out var laureates)
            ? laureates.EnumerateArray().Select(l => l.GetProperty("reference").GetString()!).ToArray()
            : [];
        return (response.Headers.GetValues("X-Cache").Single(), references);
    }
}
