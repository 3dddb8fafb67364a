using Defis.Contracts.Accompaniment.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Date = Google.Type.Date;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>Bad input is INVALID_ARGUMENT naming every bad field (the proto's names), never a 500, and writes nothing.</summary>
public sealed class BadInputTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = ParisTime.StartOfDay(ParisTime.DateOf(DateTimeOffset.UtcNow).AddDays(20)).AddHours(14);
    private readonly AccompanimentHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    public static TheoryData<string, string[]> BadSessions => new()
    {
        { "capacity zero", ["capacity"] },
        { "end before start", ["end"] },
        { "neither place nor address", ["location"] },
        { "javascript address", ["url"] },
        { "daily recurrence", ["recurrence"] },
        { "recurrence without end", ["recurrence"] },
        { "everything missing", ["programme_id", "kind", "title", "start", "end", "capacity", "location"] },
        { "malformed plan id", ["plan_id"] },
    };

    [Theory]
    [MemberData(nameof(BadSessions))]
    public async Task Scheduling_a_session_names_every_bad_field(string change, string[] fields)
    {
        var sessions = new Sessions.SessionsClient(_host.Service.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)));

        await AssertFields(fields, () => sessions.ScheduleSessionsAsync(BadSession(change), cancellationToken: Cancellation).ResponseAsync);

        Assert.Empty((await sessions.ListSessionsAsync(new ListSessionsRequest(), cancellationToken: Cancellation)).Sessions);
    }

    public static TheoryData<string, string[]> BadPlanChanges => new()
    {
        { "milestone due before the plan starts", ["due"] },
        { "milestone without title nor due", ["title", "due"] },
        { "milestone with an impossible date", ["due"] },
        { "evidence with a javascript link", ["evidence.link"] },
        { "empty evidence", ["evidence"] },
        { "malformed ids", ["plan_id", "milestone_id"] },
        { "check-in without progress", ["progress"] },
    };

    [Theory]
    [MemberData(nameof(BadPlanChanges))]
    public async Task Changing_a_plan_names_every_bad_field(string change, string[] fields)
    {
        var plan = await _host.SeedPlanAsync("lead-lyon", "coach-a", ParisTime.DateOf(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow);
        var (planId, milestoneId) = (plan.Id.ToString(), plan.Milestones[0].Id.ToString());
        var coach = new SupportPlans.SupportPlansClient(_host.Service.Channel(TestTokens.For("coach-a", Roles.Coach)));
        var lead = new SupportPlans.SupportPlansClient(_host.Service.Channel(TestTokens.For("lead-lyon", Roles.Applicant)));
        var before = plan.Start.AddDays(-1);

        await AssertFields(fields, change switch
        {
            "milestone due before the plan starts" => () => coach.AddMilestoneAsync(new AddMilestoneRequest
                { PlanId = planId, Title = "Comité de suivi", Due = new Date { Year = before.Year, Month = before.Month, Day = before.Day } }, cancellationToken: Cancellation).ResponseAsync,
            "milestone without title nor due" => () => coach.AddMilestoneAsync(new AddMilestoneRequest { PlanId = planId, Title = " " }, cancellationToken: Cancellation).ResponseAsync,
            "milestone with an impossible date" => () => coach.AddMilestoneAsync(new AddMilestoneRequest
                { PlanId = planId, Title = "Comité", Due = new Date { Year = 2026, Month = 2, Day = 30 } }, cancellationToken: Cancellation).ResponseAsync,
            "evidence with a javascript link" => () => lead.SubmitEvidenceAsync(new SubmitEvidenceRequest
                { PlanId = planId, MilestoneId = milestoneId, Evidence = new Evidence { Link = "javascript:alert(1)" } }, cancellationToken: Cancellation).ResponseAsync,
            "empty evidence" => () => lead.SubmitEvidenceAsync(new SubmitEvidenceRequest { PlanId = planId, MilestoneId = milestoneId }, cancellationToken: Cancellation).ResponseAsync,
            "malformed ids" => () => coach.ValidateMilestoneAsync(new MilestoneRequest { PlanId = "plan-1", MilestoneId = "" }, cancellationToken: Cancellation).ResponseAsync,
            "check-in without progress" => () => lead.RecordCheckInAsync(new RecordCheckInRequest { PlanId = planId, Risks = "Recrutement" }, cancellationToken: Cancellation).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        });

        var unchanged = await lead.GetPlanAsync(new GetPlanRequest { PlanId = planId }, cancellationToken: Cancellation);
        Assert.Equal(plan.Milestones.Count, unchanged.Milestones.Count);
        Assert.All(unchanged.Milestones, m => Assert.Equal(MilestoneStatus.Planned, m.Status));
    }

    [Fact]
    public async Task Registering_with_a_malformed_address_names_the_email()
    {
        var staff = new Sessions.SessionsClient(_host.Service.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)));
        var session = (await staff.ScheduleSessionsAsync(BadSession("none"), cancellationToken: Cancellation)).Sessions[0];
        var candidate = new Sessions.SessionsClient(_host.Service.Channel(TestTokens.For("candidate-rennes")));

        await AssertFields(["email"], () => candidate.RegisterAsync(new RegisterRequest { SessionId = session.Id, Email = "pas-une-adresse" }, cancellationToken: Cancellation).ResponseAsync);
    }

    [Theory]
    [InlineData("")]
    [InlineData("programme-1")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Waiting_selections_of_a_malformed_programme_name_the_programme(string programmeId)
    {
        var pools = new CoachPools.CoachPoolsClient(_host.Service.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)));

        await AssertFields(["programme_id"], () => pools.ListWaitingSelectionsAsync(new ListWaitingSelectionsRequest { ProgrammeId = programmeId }, cancellationToken: Cancellation).ResponseAsync);
    }

    private static ScheduleSessionsRequest BadSession(string change)
    {
        var request = new ScheduleSessionsRequest
        {
            ProgrammeId = Guid.CreateVersion7().ToString(), Kind = SessionKind.InfoWebinar, Title = "Webinaire d'information",
            Start = Timestamp.FromDateTimeOffset(Start), End = Timestamp.FromDateTimeOffset(Start.AddHours(1)), Capacity = 100,
            Url = "https://webinaire.numerique.gouv.fr/defis",
        };
        switch (change)
        {
            case "capacity zero": request.Capacity = 0; break;
            case "end before start": request.End = Timestamp.FromDateTimeOffset(Start.AddHours(-1)); break;
            case "neither place nor address": request.Url = ""; break;
            case "javascript address": request.Url = "javascript:alert(1)"; break;
            case "daily recurrence": request.Recurrence = "FREQ=DAILY;COUNT=3"; break;
            case "recurrence without end": request.Recurrence = "FREQ=WEEKLY;BYDAY=FR"; break;
            case "everything missing": request = new ScheduleSessionsRequest(); break;
            case "malformed plan id": request.PlanId = "plan-1"; break;
        }
        return request;
    }

    private static async Task AssertFields(string[] fields, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal(fields.Order(), badRequest.FieldViolations.Select(v => v.Field).Distinct().Order());
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
    }
}
