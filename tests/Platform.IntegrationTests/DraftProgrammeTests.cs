using System.Net;
using System.Text;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// Staff correct a call's terms, or delete it, while it is a draft, over gRPC and REST on the real database: a
/// published call keeps its terms and is never deleted, bad terms name every field as at creation, and a deleted
/// draft's code drafts again. Drafts announce nothing.
/// </summary>
public sealed class DraftProgrammeTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure) { PublishesOpenCall = false };
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private Programmes.ProgrammesClient Staff => Client(_staff);

    [Fact]
    public async Task A_draft_s_new_terms_are_read_back_and_announce_nothing()
    {
        var draft = await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Terms() }, cancellationToken: Cancellation);
        var corrected = Corrected();

        var updated = await Staff.UpdateDraftProgrammeAsync(new UpdateDraftProgrammeRequest { Code = "CB21", Terms = corrected }, cancellationToken: Cancellation);
        var read = await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation);

        Assert.Equal(corrected, read.Terms);
        Assert.Equal(read, updated);
        Assert.Equal((draft.Id, ProgrammeStatus.Draft), (read.Id, read.Status));
        Assert.Equal(0, await _platform.InSubmissionAsync(db => db.OutboxMessages.CountAsync(m => m.AggregateId == Guid.Parse(draft.Id), Cancellation)));
    }

    [Fact]
    public async Task A_draft_s_terms_are_replaced_over_rest()
    {
        await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Terms() }, cancellationToken: Cancellation);

        using var response = await SendAsync(HttpMethod.Put, "/api/v1/programmes/CB21/terms", JsonFormatter.Default.Format(Corrected()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation);
        Assert.Equal(Corrected(), read.Terms);
    }

    [Fact]
    public async Task A_published_call_keeps_its_terms_and_is_not_deleted()
    {
        await _platform.PublishAsync(Terms());
        var before = await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation);

        var update = await Refusal(Staff.UpdateDraftProgrammeAsync(new UpdateDraftProgrammeRequest { Code = "CB21", Terms = Corrected() }, cancellationToken: Cancellation));
        var delete = await Refusal(Staff.DeleteDraftProgrammeAsync(new DeleteDraftProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation));

        foreach (var refused in new[] { update, delete })
        {
            Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
            Assert.Equal("PROGRAMME_NOT_DRAFT", Assert.Single(refused.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Type);
        }
        Assert.Contains("L'appel CB21 a été publié", update.Status.Detail);
        Assert.Equal(before, await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation));
    }

    [Fact]
    public async Task Bad_terms_name_every_field_over_grpc_and_rest_and_change_nothing()
    {
        await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Terms() }, cancellationToken: Cancellation);
        var bad = Corrected();
        bad.Title = " ";
        bad.ClosesAt = null;
        bad.Phases[1].MinGrantCents = 13_000_000;
        bad.AllowedLeadTypes.Add((LeadStructureType)99);
        string[] fields = ["allowed_lead_types[4]", "closes_at", "phases[1].max_grant_cents", "title"];

        var grpc = await Refusal(Staff.UpdateDraftProgrammeAsync(new UpdateDraftProgrammeRequest { Code = "CB21", Terms = bad }, cancellationToken: Cancellation));
        using var rest = await SendAsync(HttpMethod.Put, "/api/v1/programmes/CB21/terms", JsonFormatter.Default.Format(bad));

        Assert.Equal(StatusCode.InvalidArgument, grpc.StatusCode);
        Assert.Equal(fields, FieldsOf(grpc).Order());
        Assert.Equal(HttpStatusCode.BadRequest, rest.StatusCode);
        Assert.Equal(["allowedLeadTypes[4]", "closesAt", "phases[1].maxGrantCents", "title"], RestRefusal.FieldsOf(await rest.Content.ReadAsStringAsync(Cancellation)).Order());
        Assert.Equal(Terms(), (await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation)).Terms);
    }

    [Fact]
    public async Task Terms_of_another_code_are_refused_naming_the_code_and_an_unknown_call_is_not_found()
    {
        await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Terms() }, cancellationToken: Cancellation);
        var other = Corrected();
        other.Code = "CB22";

        var renamed = await Refusal(Staff.UpdateDraftProgrammeAsync(new UpdateDraftProgrammeRequest { Code = "CB21", Terms = other }, cancellationToken: Cancellation));
        using var renamedOverRest = await SendAsync(HttpMethod.Put, "/api/v1/programmes/CB21/terms", JsonFormatter.Default.Format(other));
        var unknown = await Refusal(Staff.UpdateDraftProgrammeAsync(new UpdateDraftProgrammeRequest { Code = "CB22", Terms = other }, cancellationToken: Cancellation));
        var unknownDeleted = await Refusal(Staff.DeleteDraftProgrammeAsync(new DeleteDraftProgrammeRequest { Code = "CB22" }, cancellationToken: Cancellation));

        Assert.Equal(StatusCode.InvalidArgument, renamed.StatusCode);
        Assert.Equal(["code"], FieldsOf(renamed));
        Assert.Equal(HttpStatusCode.BadRequest, renamedOverRest.StatusCode);
        Assert.Equal(["code"], RestRefusal.FieldsOf(await renamedOverRest.Content.ReadAsStringAsync(Cancellation)));
        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (unknown.StatusCode, unknownDeleted.StatusCode));
        Assert.Equal(Terms(), (await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation)).Terms);
        Assert.Equal(StatusCode.NotFound, (await Refusal(Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB22" }, cancellationToken: Cancellation))).StatusCode);
    }

    [Fact]
    public async Task A_deleted_draft_is_gone_and_its_code_drafts_a_new_call()
    {
        var first = await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Terms() }, cancellationToken: Cancellation);

        using var deleted = await SendAsync(HttpMethod.Delete, "/api/v1/programmes/CB21", body: null);
        var gone = await Refusal(Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation));
        var again = await Refusal(Staff.DeleteDraftProgrammeAsync(new DeleteDraftProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation));
        var drafts = await Staff.ListDraftProgrammesAsync(new ListDraftProgrammesRequest(), cancellationToken: Cancellation);
        var second = await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Corrected() }, cancellationToken: Cancellation);
        await Staff.DeleteDraftProgrammeAsync(new DeleteDraftProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation);
        var third = await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Terms() }, cancellationToken: Cancellation);

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (gone.StatusCode, again.StatusCode));
        Assert.DoesNotContain(drafts.Programmes, p => p.Code == "CB21");
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal((ProgrammeStatus.Draft, "CB21"), (third.Status, third.Code));
        Assert.Equal(Terms(), (await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation)).Terms);
    }

    [Theory]
    [InlineData(Roles.Applicant)]
    [InlineData(Roles.Juror)]
    [InlineData(Roles.FinanceOfficer)]
    public async Task Only_programme_staff_change_or_delete_a_draft(string role)
    {
        await Staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Terms() }, cancellationToken: Cancellation);
        var other = Client(TestTokens.For("quelqu-un", role));

        var update = await Refusal(other.UpdateDraftProgrammeAsync(new UpdateDraftProgrammeRequest { Code = "CB21", Terms = Corrected() }, cancellationToken: Cancellation));
        var delete = await Refusal(other.DeleteDraftProgrammeAsync(new DeleteDraftProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation));

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (update.StatusCode, delete.StatusCode));
        var read = await Staff.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation);
        Assert.Equal((ProgrammeStatus.Draft, Terms()), (read.Status, read.Terms));
    }

    /// <summary>
    /// The call as first drafted, closing far enough ahead for the test not to reach it; whole seconds, so that what is
    /// read back equals what was sent, and the retention set, as the platform always returns it.
    /// </summary>
    private static ProgrammeTerms Terms()
    {
        var terms = Requests.Cb21Like(new DateTimeOffset(2030, 10, 15, 10, 0, 0, TimeSpan.Zero));
        terms.OpensAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 9, 1, 7, 0, 0, TimeSpan.Zero));
        terms.RetentionMonths = 24;
        return terms;
    }

    /// <summary>Every term changed but the code: title, window, envelope, grants, themes, delays and retention.</summary>
    private static ProgrammeTerms Corrected()
    {
        var terms = Terms();
        terms.Title = "Appel à défis « co-construction », calendrier corrigé";
        terms.Description = "";
        terms.ClosesAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2030, 10, 22, 10, 0, 0, TimeSpan.Zero));
        terms.EnvelopeCents = 250_000_000;
        terms.Phases[1].MaxGrantCents = 10_000_000;
        terms.Themes.RemoveAt(0);
        terms.ClearDecisionDueDays();
        terms.MinSelfFinancingPercent = 10;
        terms.RetentionMonths = 36;
        return terms;
    }

    private Programmes.ProgrammesClient Client(string token) => new(_platform.Submission.Channel(token));

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return await _platform.Submission.Http(_staff).SendAsync(request, Cancellation);
    }

    private static Task<RpcException> Refusal<T>(AsyncUnaryCall<T> call) => Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    private static IEnumerable<string> FieldsOf(RpcException error) =>
        error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field);
}
