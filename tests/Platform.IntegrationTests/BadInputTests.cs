using System.Net;
using System.Text;
using System.Text.Json;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Errors;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;

namespace Defis.Platform.IntegrationTests;

/// <summary>Bad input gets a precise, field-level error over gRPC and REST, never a 500, and writes nothing.</summary>
public sealed class BadInputTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure);
    private readonly string _applicant = TestTokens.For("agent-lyon", Roles.Applicant);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    public static TheoryData<string, string[]> BadRequests => new()
    {
        { "missing title", ["title"] },
        { "blank title and lead", ["title", "lead_structure_name"] },
        { "one megabyte title", ["title"] },
        { "title with control characters", ["title"] },
        { "malformed email", ["contact_email"] },
        { "unknown lead type", ["lead_structure_type"] },
        { "unspecified lead type", ["lead_structure_type"] },
        { "lower-case programme code", ["programme_code"] },
        { "everything missing", ["programme_code", "title", "lead_structure_name", "lead_structure_type", "contact_email"] },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Grpc_names_every_bad_field(string change, string[] fields)
    {
        var client = new Dossiers.DossiersClient(_platform.Submission.Channel(_applicant));

        var error = await Assert.ThrowsAsync<RpcException>(() => client.CreateDossierAsync(Bad(change), cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal(fields.Order(), badRequest.FieldViolations.Select(v => v.Field).Order());
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Rest_answers_400_naming_every_bad_field(string change, string[] fields)
    {
        var body = Google.Protobuf.JsonFormatter.Default.Format(Bad(change));

        using var response = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // A REST client reads the fields in the JSON spelling it sent: leadStructureName, not lead_structure_name.
        Assert.Equal(fields.Select(JsonFieldNames.ToJsonPath).Order(), FieldsOf(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Order());
    }

    [Theory]
    [InlineData("{\"title\": ", new[] { "body" })]
    [InlineData("not json at all", new[] { "body" })]
    [InlineData("{\"leadStructureType\": \"LEAD_STRUCTURE_TYPE_SPACESHIP\"}", new[] { "leadStructureType" })]
    [InlineData("{\"title\": 42, \"programmeCode\": []}", new[] { "title", "programmeCode" })]
    [InlineData("{\"programmeCode\": \"CB21\", \"titre\": \"Défi\"}", new[] { "titre" })]
    public async Task Malformed_json_is_a_400_naming_each_field_in_french_not_a_500(string body, string[] fields)
    {
        using var response = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(TranscodedJsonCheck.ShapeMessage, json.RootElement.GetProperty("message").GetString());
        Assert.Equal(fields.Order(), FieldsOf(text).Order());
    }

    /// <summary>Whole cents written any other way than a plain integer, a number beyond int64, a boolean: each named by its JSON path.</summary>
    [Theory]
    [InlineData("{\"budget\": {\"requestedAmountCents\": \"1e3\"}}")]
    [InlineData("{\"budget\": {\"requestedAmountCents\": 12.345}}")]
    [InlineData("{\"budget\": {\"requestedAmountCents\": 9223372036854775808}}")]
    [InlineData("{\"budget\": {\"requestedAmountCents\": true}}")]
    public async Task Malformed_amounts_name_their_field_as_the_client_wrote_it(string content)
    {
        using var response = await _platform.Submission.Http(_applicant)
            .PutAsync($"/api/v1/dossiers/{Guid.CreateVersion7()}/content", Json(content), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["budget.requestedAmountCents"], FieldsOf(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("not-a-uuid", HttpStatusCode.BadRequest)]
    [InlineData("00000000-0000-0000-0000-000000000000", HttpStatusCode.BadRequest)]
    [InlineData("0192b1d2-0000-7000-8000-000000000000", HttpStatusCode.NotFound)]
    public async Task Reading_a_dossier_by_a_bad_or_unknown_id(string id, HttpStatusCode expected)
    {
        using var response = await _platform.Submission.Http(_applicant).GetAsync($"/api/v1/dossiers/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("CB21!", Phase.Incubation, new[] { "programme_code" })]
    [InlineData("CB21", Phase.Unspecified, new[] { "phase" })]
    [InlineData("CB21", (Phase)42, new[] { "phase" })]
    [InlineData("", Phase.Unspecified, new[] { "programme_code", "phase" })]
    public async Task Laureate_list_names_every_bad_field(string code, Phase phase, string[] fields)
    {
        var laureates = new Laureates.LaureatesClient(_platform.Submission.Channel(_applicant));

        var error = await Assert.ThrowsAsync<RpcException>(() => laureates.ListLaureatesAsync(
            new ListLaureatesRequest { ProgrammeCode = code, Phase = phase }, cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(fields.Order(), error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
    }

    [Fact]
    public async Task Laureate_list_of_an_unknown_call_is_not_found_and_of_a_published_one_empty_before_any_release()
    {
        var laureates = new Laureates.LaureatesClient(_platform.Submission.Channel(_applicant));

        var unknown = await Assert.ThrowsAsync<RpcException>(() => laureates.ListLaureatesAsync(
            new ListLaureatesRequest { ProgrammeCode = "ZZ99", Phase = Phase.Incubation }, cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);
        var published = await laureates.ListLaureatesAsync(
            new ListLaureatesRequest { ProgrammeCode = "cb21", Phase = Phase.Incubation }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("CB21", published.ProgrammeCode);
        Assert.Empty(published.Laureates);
    }

    [Fact]
    public async Task No_token_is_401_and_a_role_without_the_right_is_403()
    {
        var noToken = await _platform.Submission.Http(token: null).PostAsync("/api/v1/dossiers", Json("{}"), TestContext.Current.CancellationToken);
        var coach = await _platform.Submission.Http(TestTokens.For("coach-1", Roles.Coach)).PostAsync("/api/v1/dossiers", Json("{}"), TestContext.Current.CancellationToken);
        var expired = await _platform.Submission.Http(TestTokens.Create("agent-lyon", [Roles.Applicant], TimeSpan.FromMinutes(-10)))
            .PostAsync("/api/v1/dossiers", Json("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coach.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    private Task<HttpResponseMessage> Post(string body) =>
        _platform.Submission.Http(_applicant).PostAsync("/api/v1/dossiers", Json(body), TestContext.Current.CancellationToken);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static IEnumerable<string> FieldsOf(string body) => RestRefusal.FieldsOf(body);

    private static CreateDossierRequest Bad(string change)
    {
        var request = Requests.ValidDossier();
        switch (change)
        {
            case "missing title": request.Title = ""; break;
            case "blank title and lead": request.Title = "   "; request.LeadStructureName = "\t"; break;
            case "one megabyte title": request.Title = new string('é', 1024 * 1024); break;
            case "title with control characters": request.Title = "Défi\u0000caché"; break;
            case "malformed email": request.ContactEmail = "equipe@@ac-lyon"; break;
            case "unknown lead type": request.LeadStructureType = (LeadStructureType)99; break;
            case "unspecified lead type": request.LeadStructureType = LeadStructureType.Unspecified; break;
            case "lower-case programme code": request.ProgrammeCode = "cb21"; break;
            case "everything missing": request = new CreateDossierRequest(); break;
            default: throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
        return request;
    }
}
