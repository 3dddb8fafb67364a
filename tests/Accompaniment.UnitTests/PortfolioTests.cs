using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

public sealed class PortfolioTests
{
    /// <summary>Wednesday 27 March 2019: the kick-off (due 11 March) should be done, the user research (8 April) is under way.</summary>
    private static readonly DateTimeOffset Now = new(2019, 3, 27, 10, 0, 0, TimeSpan.FromHours(1));

    private static SupportPlan Plan(string title, string member)
    {
        var plan = Incubation(Laureate(title, member: member));
        var kickOff = plan.Milestones[0];
        plan.SubmitEvidence(kickOff.Id, "Compte rendu", null, By(new(member, AccompanimentRoles.Laureate), Now.AddDays(-18)));
        plan.ValidateMilestone(kickOff.Id, AsCoach(plan, Now.AddDays(-17)));
        plan.StartMilestone(plan.Milestones[1].Id, By(new(member, AccompanimentRoles.Laureate), Now.AddDays(-17)));
        return plan;
    }

    private static Change Member(SupportPlan plan, DateTimeOffset at) =>
        By(new(plan.Laureate.MemberIds.Single(), AccompanimentRoles.Laureate), at);

    [Fact]
    public void Plans_are_classified_worst_first_with_the_reasons()
    {
        var late = Incubation(Laureate("Z — en retard", member: "z"));
        var help = Plan("B — demande de l'aide", "b");
        help.RecordCheckIn("Entretiens en cours", null, "Besoin d'un contact à la CAF", Member(help, Now.AddDays(-2)));
        var silent = Plan("C — silencieux", "c");
        silent.RecordCheckIn("Démarrage", null, null, Member(silent, Now.AddDays(-22)));
        var fine = Plan("A — dans les temps", "a");
        fine.RecordCheckIn("Vingt entretiens menés", "  ", null, Member(fine, Now.AddDays(-3)));
        var elsewhere = Incubation(Laureate("Autre programme", programmeId: Guid.CreateVersion7()));

        var portfolio = Portfolio.Of(Programme.Id, [fine, silent, elsewhere, help, late], Now, PortfolioRule.Default);

        Assert.Equal(
            [
                ("Z — en retard", PlanHealth.Late, new[] { "jalon en retard : Réunion de lancement tenue (échéance du 11 mars 2019)" }),
                ("B — demande de l'aide", PlanHealth.AtRisk, new[] { "aide demandée au dernier point d'étape" }),
                ("C — silencieux", PlanHealth.AtRisk, new[] { "pas de point d'étape depuis le 5 mars 2019" }),
                ("A — dans les temps", PlanHealth.OnTrack, Array.Empty<string>()),
            ],
            portfolio.Select(a => (a.ProjectTitle, a.Health, a.Reasons.ToArray())));
    }

    [Fact]
    public void Late_is_read_from_the_dates_even_before_the_follow_up_has_run()
    {
        var plan = Incubation();
        var dueDay = new DateTimeOffset(2019, 3, 11, 23, 59, 0, TimeSpan.FromHours(1));

        Assert.NotEqual(PlanHealth.Late, Portfolio.Assess(plan, dueDay, PortfolioRule.Default).Health);
        Assert.Equal(PlanHealth.Late, Portfolio.Assess(plan, dueDay.AddMinutes(1), PortfolioRule.Default).Health);
        Assert.Equal(Domain.Milestones.MilestoneStatus.Planned, plan.Milestones[0].Status);
    }

    [Fact]
    public void Risks_an_unstarted_close_milestone_and_a_long_silence_each_put_a_plan_at_risk()
    {
        var plan = Plan("Projet", "p");
        plan.RecordCheckIn("Avancée", "Le terrain pourrait se retirer", null, Member(plan, Now.AddDays(-1)));
        var later = Now.AddDays(40);
        plan.SubmitEvidence(plan.Milestones[1].Id, "Synthèse des entretiens", null, Member(plan, later.AddDays(-1)));

        Assert.Equal(["risques signalés au dernier point d'étape"], Portfolio.Assess(plan, Now, PortfolioRule.Default).Reasons);
        var assessment = Portfolio.Assess(plan, later, PortfolioRule.Default);
        Assert.Equal(PlanHealth.AtRisk, assessment.Health);
        Assert.Equal(
            ["pas de point d'étape depuis le 26 mars 2019", "risques signalés au dernier point d'étape",
             "jalon proche non démarré : Prototype mis à l'épreuve des usagers (échéance du 13 mai 2019)"],
            assessment.Reasons);
    }

    [Fact]
    public void A_new_plan_without_check_in_is_on_track_until_the_silence_lasts()
    {
        var plan = Incubation(start: new DateOnly(2019, 3, 25));
        var firstWeek = new DateTimeOffset(2019, 3, 27, 10, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(PlanHealth.OnTrack, Portfolio.Assess(plan, firstWeek.AddDays(-30), PortfolioRule.Default).Health);
        Assert.Equal(PlanHealth.AtRisk, Portfolio.Assess(plan, firstWeek, PortfolioRule.Default).Health); // kick-off due 1 April, not started
        plan.StartMilestone(plan.Milestones[0].Id, AsTeam(firstWeek));
        Assert.Equal(PlanHealth.OnTrack, Portfolio.Assess(plan, firstWeek, PortfolioRule.Default).Health);
        plan.SubmitEvidence(plan.Milestones[0].Id, "Compte rendu", null, AsTeam(firstWeek.AddDays(3)));
        var threeWeeksOn = new DateTimeOffset(2019, 4, 16, 10, 0, 0, TimeSpan.FromHours(2));
        Assert.Equal(PlanHealth.OnTrack, Portfolio.Assess(plan, threeWeeksOn.AddDays(-1), PortfolioRule.Default).Health);
        Assert.Equal(["aucun point d'étape depuis le début de l'accompagnement (25 mars 2019)"],
            Portfolio.Assess(plan, threeWeeksOn, PortfolioRule.Default).Reasons);
    }

    [Fact]
    public void A_check_in_needs_its_progress_and_is_announced_with_its_signals()
    {
        var plan = Incubation();
        var refused = Assert.Throws<RequestValidationException>(() => plan.RecordCheckIn(" ", null, new string('x', 4_001), AsTeam(Now)));
        Assert.Equal(["progress", "help_needed"], refused.Violations.Select(v => v.Field));

        var recorded = plan.RecordCheckIn("Prototype papier prêt", "Calendrier serré", " ", AsTeam(Now));

        Assert.Equal((true, false), (recorded.ReportsRisks, recorded.AsksForHelp));
        var checkIn = Assert.Single(plan.CheckIns);
        Assert.Equal(("agent-sdis", "Prototype papier prêt", (string?)null), (checkIn.AuthorId, checkIn.Progress, checkIn.HelpNeeded));
        Assert.IsType<CheckInRecorded>(recorded);
    }
}
