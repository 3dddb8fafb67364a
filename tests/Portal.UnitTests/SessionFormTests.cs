using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class SessionFormTests
{
    private const string ProgrammeId = "0190f3a0-0000-7000-8000-000000000001";

    /// <summary>What the platform answers to a session ending before it starts, with no title and no place, sent with a stand-in capacity.</summary>
    private const string Refused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"title","description":"Ce champ est obligatoire."},
            {"field":"end","description":"La fin doit suivre le début, au plus 12 heures après."},
            {"field":"capacity","description":"La capacité doit être comprise entre 1 et 10000 places (ici 0)."},
            {"field":"location","description":"Indiquez un lieu ou une adresse de connexion (url)."}]}]}
        """;

    /// <summary>What the platform answers when the form sent no start (it could not read it): required, which the form already said its way.</summary>
    private const string StartMissing = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"programme_id","description":"Ce champ est obligatoire."},
            {"field":"start","description":"Ce champ est obligatoire."}]}]}
        """;

    private static SessionForm Webinar(string startDate = "2026-03-28", string startTime = "10:00", string endDate = "2026-03-28", string endTime = "11:30",
        string capacity = "20") => new()
    {
        ProgrammeId = $" {ProgrammeId} ",
        Kind = SessionKind.InfoWebinar,
        Title = "  Webinaire de présentation de l'appel ",
        Description = " Les règles de l'appel. ",
        StartDate = startDate,
        StartTime = startTime,
        EndDate = endDate,
        EndTime = endTime,
        Capacity = capacity,
        Location = "  ",
        Url = " https://webinaire.example.gouv.fr/defis ",
        Recurrence = " FREQ=WEEKLY;BYDAY=SA;COUNT=2 ",
    };

    [Fact]
    public void The_request_carries_the_session_as_typed_its_texts_trimmed_and_its_Paris_times_in_UTC()
    {
        var local = new FormErrors();

        var request = Webinar().ToRequest(local);

        Assert.False(local.Any);
        Assert.Equal((ProgrammeId, SessionKind.InfoWebinar, "Webinaire de présentation de l'appel", "Les règles de l'appel.", 20, "", "https://webinaire.example.gouv.fr/defis",
            "FREQ=WEEKLY;BYDAY=SA;COUNT=2"),
            (request.ProgrammeId, request.Kind, request.Title, request.Description, request.Capacity, request.Location, request.Url, request.Recurrence));
        // 28 March 2026 is still winter time in Paris (UTC+1).
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero), request.Start.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 10, 30, 0, TimeSpan.Zero), request.End.ToDateTimeOffset());
    }

    [Fact]
    public void A_session_across_the_spring_change_keeps_each_end_s_own_offset()
    {
        // From Saturday 23:00 (UTC+1) to Sunday 04:00 (UTC+2): four hours of real time, not five.
        var request = Webinar("2026-03-28", "23:00", "29/03/2026", "04h00").ToRequest(new FormErrors());

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero), request.Start.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero), request.End.ToDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(4), request.End.ToDateTimeOffset() - request.Start.ToDateTimeOffset());
    }

    [Fact]
    public void The_same_wall_clock_time_after_the_autumn_change_is_an_hour_later_in_UTC()
    {
        var before = Webinar("2026-10-24", "14:00", "2026-10-24", "15:00").ToRequest(new FormErrors());
        var after = Webinar("2026-10-26", "14:00", "2026-10-26", "15:00").ToRequest(new FormErrors());

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero), before.Start.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 13, 0, 0, TimeSpan.Zero), after.Start.ToDateTimeOffset());
    }

    [Fact]
    public void A_day_it_cannot_read_is_the_form_s_own_problem_and_the_instant_is_not_sent()
    {
        var local = new FormErrors();

        var request = Webinar(startDate: "31/02/2026").ToRequest(local);

        Assert.Null(request.Start);
        Assert.NotNull(request.End);
        var problem = Assert.Single(local.Summary);
        Assert.Equal(("Form_StartDate", "Jour du début", ParisInput.BadDate), (problem.Input, problem.Label, problem.Message));
    }

    [Fact]
    public void An_hour_that_does_not_exist_in_Paris_is_said_on_the_time_input()
    {
        var local = new FormErrors();

        var request = Webinar("2026-03-29", "09:00", "2026-03-29", "02:30").ToRequest(local);

        Assert.Null(request.End);
        Assert.Equal(["Form_EndTime"], local.Summary.Select(e => e.Input));
        Assert.StartsWith("02:30 n'existe pas à Paris le 29 mars 2026", local.Summary[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vingt", SessionForm.BadCapacity)]
    [InlineData("12,5", SessionForm.BadCapacity)]
    [InlineData("99999999999", SessionForm.BadCapacity)]
    [InlineData(" ", SessionForm.NoCapacity)]
    public void A_capacity_it_cannot_read_is_the_form_s_own_problem_and_a_stand_in_the_platform_refuses_is_sent(string typed, string message)
    {
        var local = new FormErrors();

        var request = Webinar(capacity: typed).ToRequest(local);

        Assert.Equal(SessionForm.StandIn, request.Capacity);
        Assert.True(request.Capacity < 1);
        Assert.Equal([("Form_Capacity", message)], local.Summary.Select(e => (e.Input, e.Message)));
    }

    [Theory]
    [InlineData("1 000", 1000)]
    [InlineData("-3", -3)]
    [InlineData("\u22123", -3)]
    [InlineData("20000", 20000)]
    public void A_whole_number_is_sent_as_typed_its_range_being_the_platform_s_to_judge(string typed, int sent)
    {
        var local = new FormErrors();

        Assert.Equal(sent, Webinar(capacity: typed).ToRequest(local).Capacity);
        Assert.False(local.Any);
    }

    [Fact]
    public void The_platform_s_problems_land_on_their_inputs_in_the_form_s_order_the_instant_s_on_its_day()
    {
        var errors = SessionForm.Refusal(Refused, new FormErrors());

        Assert.Equal(["Form_Title", "Form_EndDate", "Form_Capacity", "Form_Location"], errors.Summary.Select(e => e.Input));
        Assert.Equal(["La fin doit suivre le début, au plus 12 heures après."], errors.For("Form_EndDate"));
        Assert.Empty(errors.For("Form_EndTime"));
        Assert.Equal("Jour de la fin", errors.Summary[1].Label);
    }

    [Fact]
    public void What_the_platform_says_of_a_stand_in_gives_way_to_the_form_s_own_word_and_its_other_problems_stay()
    {
        var local = new FormErrors();
        Webinar(capacity: "vingt").ToRequest(local);

        var errors = SessionForm.Refusal(Refused, local);

        Assert.Equal([SessionForm.BadCapacity], errors.For("Form_Capacity"));
        Assert.Equal(["Form_Title", "Form_EndDate", "Form_Capacity", "Form_Location"], errors.Summary.Select(e => e.Input));
    }

    [Fact]
    public void A_start_the_form_could_not_read_is_not_called_required_by_the_platform_too()
    {
        var local = new FormErrors();
        Webinar(startTime: "10h70").ToRequest(local);

        var errors = SessionForm.Refusal(StartMissing, local);

        Assert.Equal([("Form_ProgrammeId", "Ce champ est obligatoire."), ("Form_StartTime", ParisInput.BadTime)],
            errors.Summary.Select(e => (e.Input, e.Message)));
        Assert.Empty(errors.For("Form_StartDate"));
    }

    [Fact]
    public void A_refusal_naming_no_field_is_said_once_on_the_form()
    {
        var errors = SessionForm.Refusal("""{"code":9,"message":"La séance a commencé."}""", new FormErrors());

        Assert.Equal([(SessionForm.FormId, "La séance a commencé.")], errors.Summary.Select(e => (e.Input, e.Message)));
    }

    [Fact]
    public void Every_input_the_page_draws_has_its_platform_field_and_a_label()
    {
        Assert.Equal(12, SessionForm.Fields.Select(f => f.Input).Distinct().Count());
        Assert.All(SessionForm.Fields, f => Assert.StartsWith("Form_", f.Input, StringComparison.Ordinal));
        Assert.Equal(["start", "start", "end", "end"], SessionForm.Fields.Where(f => f.Input.Contains("Date") || f.Input.Contains("Time")).Select(f => f.Path));
    }
}
