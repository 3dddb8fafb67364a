using System.Net;
using System.Text;
using System.Text.Json;
using Defis.ServiceDefaults.Security;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>A body that is not JSON is refused at the door with where it breaks; JSON of the wrong shape is refused by the service.</summary>
[Collection(RealServicesCollection.Name)]
public sealed class BadJsonTests(RealPlatform platform)
{
    [Theory]
    [InlineData("""{"programmeCode":"CB21","title":""", "ligne 1, position 33")]
    [InlineData("""{"programmeCode":"CB21",}""", "ligne 1, position 25")]
    [InlineData("programmeCode=CB21", "ligne 1, position 1")]
    [InlineData("{\n  \"programmeCode\": 'CB21'\n}", "ligne 2, position 20")]
    public async Task A_body_that_is_not_json_gets_400_saying_where(string body, string where)
    {
        var problem = await PostDossierAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal($"Le corps de la requête n'est pas un JSON valide ({where}).", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"programmeCode":42}""")]
    [InlineData("""{"programmeCode":"CB21","leadStructureType":"LEAD_STRUCTURE_TYPE_NOPE"}""")]
    [InlineData("""["CB21"]""")]
    public async Task Json_of_the_wrong_shape_gets_400_from_the_service(string body)
    {
        var problem = await PostDossierAsync(body, HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("message").GetString()));
    }

    private async Task<JsonElement> PostDossierAsync(string body, HttpStatusCode expected)
    {
        using var client = platform.Client(RealPlatform.Token(RealPlatform.ApplicantA, Roles.Applicant));
        using var response = await client.PostAsync("/api/v1/dossiers", new StringContent(body, Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
