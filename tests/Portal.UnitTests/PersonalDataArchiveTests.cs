using System.IO.Compression;
using System.Net;
using System.Text;
using Defis.Client;
using Defis.Client.PersonalData;
using Microsoft.Extensions.Time.Testing;

namespace Defis.Portal.UnitTests;

/// <summary>
/// The SDK's assembly of the one archive (decision 0030) from each service's part, over a handler that answers as the
/// gateway would: which paths it asks, what the zip holds, what LISEZMOI.txt says.
/// </summary>
public sealed class PersonalDataArchiveTests
{
    // 13:05 UTC on 4 December 2026 is 14:05 in Paris.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 4, 13, 5, 0, TimeSpan.Zero));

    [Fact]
    public async Task Each_services_part_becomes_its_json_file_beside_a_french_readme()
    {
        var gateway = new PartsHandler();

        var entries = await ArchiveAsync(gateway);

        Assert.Equal(["LISEZMOI.txt", "accompaniment.json", "correspondence.json", "funding.json", "jury.json", "notification.json", "submission.json"],
            entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"service":"jury","note":"évaluée à l'aveugle"}""", entries["jury.json"]);
        Assert.Equal(PersonalDataPart.All.Select(p => $"/api/v1/me/data/{p.Service}"), gateway.Asked);
        Assert.All(gateway.Authorizations, authorization => Assert.Equal("Bearer jeton", authorization));
        var readme = entries["LISEZMOI.txt"];
        Assert.Contains("Archive faite le vendredi 4 décembre 2026 à 14:05 (heure de Paris)", readme);
        Assert.Contains("- submission.json : vos dossiers", readme);
        Assert.Contains("Ce qui n'est pas dans cette archive", readme);
        Assert.DoesNotContain("Parties manquantes", readme);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_is_named_missing_and_the_others_are_kept()
    {
        var entries = await ArchiveAsync(new PartsHandler { Down = "funding" });

        Assert.DoesNotContain("funding.json", entries.Keys);
        Assert.Contains("submission.json", entries.Keys);
        var missing = entries["LISEZMOI.txt"].Split("Parties manquantes")[1];
        Assert.Contains("- funding.json", missing);
        Assert.DoesNotContain("submission.json", missing);
    }

    [Fact]
    public async Task A_caller_the_gateway_refuses_gets_no_archive()
    {
        using var client = new DefisClient(new Uri("http://gateway.test"), _ => Task.FromResult("jeton"), new PartsHandler { Refuse = true });

        var refused = await Assert.ThrowsAsync<Refit.ApiException>(() => client.PersonalDataArchive(Clock).CreateAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public void The_file_name_is_dated_in_Paris()
    {
        var lateEvening = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero));
        using var client = new DefisClient(new Uri("http://gateway.test"), _ => Task.FromResult("jeton"), new PartsHandler());

        Assert.Equal("mes-donnees-defis-2026-12-05.zip", client.PersonalDataArchive(lateEvening).FileName());
    }

    private static async Task<Dictionary<string, string>> ArchiveAsync(PartsHandler gateway)
    {
        using var client = new DefisClient(new Uri("http://gateway.test"), _ => Task.FromResult("jeton"), gateway);
        var zip = await client.PersonalDataArchive(Clock).CreateAsync(TestContext.Current.CancellationToken);
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>Answers each part with a small document naming its service; one service may be down, or every call refused.</summary>
    private sealed class PartsHandler : HttpMessageHandler
    {
        public string? Down { get; init; }

        public bool Refuse { get; init; }

        public List<string> Asked { get; } = [];

        public List<string?> Authorizations { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            Asked.Add(path);
            Authorizations.Add(request.Headers.Authorization?.ToString());
            var service = path.Split('/')[^1];
            var response = Refuse ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
                : service == Down ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent($$"""{"service":"{{service}}"{{(service == "jury" ? ",\"note\":\"évaluée à l'aveugle\"" : "")}}}""",
                        Encoding.UTF8, "application/json"),
                };
            // Refit reads the request back from the response, as a real transport sets it.
            response.RequestMessage = request;
            return Task.FromResult(response);
        }
    }
}
