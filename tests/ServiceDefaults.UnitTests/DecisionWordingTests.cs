using Defis.SharedKernel.Decisions;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>The words of a jury's decision and of a committed grant, as the notice and the PDF both say them.</summary>
public sealed class DecisionWordingTests
{
    [Theory]
    [InlineData(true, false, "Décision du jury : dossier CB21-0042 retenu")]
    [InlineData(false, false, "Décision du jury : dossier CB21-0042 non retenu")]
    [InlineData(true, true, "Décision rectifiée du jury : dossier CB21-0042 retenu")]
    public void The_subject_says_the_outcome_and_whether_it_corrects_an_earlier_one(bool selected, bool corrected, string subject) =>
        Assert.Equal(subject, DecisionWording.Subject("CB21-0042", selected, corrected));

    [Fact]
    public void The_outcome_names_the_call_the_dossier_and_the_phase()
    {
        Assert.Equal("Le jury de l'appel CB21 a retenu votre dossier CB21-0042 pour la phase d'incubation.",
            DecisionWording.Outcome("CB21-0042", "CB21", "Incubation", selected: true));
        Assert.Equal("Le jury de l'appel CB21 n'a pas retenu votre dossier CB21-0042 pour la phase d'exploration.",
            DecisionWording.Outcome("CB21-0042", "CB21", "Exploration", selected: false));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData("Projet solide", "Motivation : Projet solide")]
    public void Reasons_are_said_only_when_the_jury_gave_some(string? rationale, string? said) =>
        Assert.Equal(said, DecisionWording.Rationale(rationale));

    [Fact]
    public void The_next_step_depends_on_the_outcome()
    {
        Assert.Equal("L'équipe du programme vous contactera pour la convention de subvention et l'accompagnement.", DecisionWording.NextStep(true));
        Assert.Equal("Vous pouvez demander à l'équipe du programme le détail de l'évaluation.", DecisionWording.NextStep(false));
    }

    [Theory]
    [InlineData("CB21", "Comité des défis", "CB21 « Comité des défis »")]
    [InlineData("CB21", "", "CB21")]
    [InlineData("CB21", null, "CB21")]
    [InlineData("", "Comité des défis", "« Comité des défis »")]
    [InlineData(null, "Comité des défis", "« Comité des défis »")]
    [InlineData("", "", "du programme")]
    [InlineData(null, null, "du programme")]
    public void A_call_is_named_by_what_is_known_of_it(string? code, string? title, string named) =>
        Assert.Equal(named, DecisionWording.Programme(code, title));

    [Theory]
    [InlineData("Exploration", "d'exploration")]
    [InlineData("Incubation", "d'incubation")]
    [InlineData("Experimentation", "d'expérimentation")]
    [InlineData("Acceleration", "« Acceleration »")]
    public void A_phase_is_named_in_french_and_an_unknown_one_as_it_came(string phase, string named) =>
        Assert.Equal(named, DecisionWording.PhaseName(phase));

    [Theory]
    [InlineData("CB21-0042", "Une subvention de 12 000,00 € pour la phase d'incubation de votre dossier CB21-0042 (appel CB21) a été engagée. Les tranches seront versées selon la convention.")]
    [InlineData(null, "Une subvention de 12 000,00 € pour la phase d'incubation de votre dossier (appel CB21) a été engagée. Les tranches seront versées selon la convention.")]
    [InlineData("", "Une subvention de 12 000,00 € pour la phase d'incubation de votre dossier (appel CB21) a été engagée. Les tranches seront versées selon la convention.")]
    [InlineData(" ", "Une subvention de 12 000,00 € pour la phase d'incubation de votre dossier (appel CB21) a été engagée. Les tranches seront versées selon la convention.")]
    public void A_committed_grant_says_its_amount_phase_and_dossier(string? reference, string said) =>
        Assert.Equal(said, GrantWording.Committed(reference, "CB21", "Incubation", "12 000,00 €"));
}
