namespace Defis.Accompaniment.Domain.Plans;

/// <summary>What the jury's newest verdict for a dossier and phase asks of its support plan.</summary>
public enum PlanStep
{
    /// <summary>The plan already matches the verdict.</summary>
    Nothing,
    Open,
    Close,
    Reopen,

    /// <summary>Selected, but the dossier as filed (its lead, its title) is not known yet: the plan opens when it arrives.</summary>
    WaitForDossier,

    /// <summary>Selected, but the programme has no coach to give: the plan opens once staff set the pool.</summary>
    WaitForCoachPool,
}

/// <summary>
/// Brings a dossier's plan in line with the newest verdict, whatever was learnt first: every fact (a verdict, the
/// dossier, the pool) asks again, so the plan ends the same in every order (docs/decisions/0019-decision-convergence.md).
/// </summary>
public static class SelectionFollowUp
{
    /// <summary>The French reason a plan is closed with when the jury takes its selection back.</summary>
    public const string SelectionWithdrawn = "la sélection du jury a été retirée par une décision plus récente";

    public static PlanStep Next(bool selected, SupportPlan? plan, bool dossierKnown, bool poolHasCoaches) => (selected, plan) switch
    {
        (false, { IsClosed: false }) => PlanStep.Close,
        (false, _) => PlanStep.Nothing,
        (true, { IsClosed: true }) => PlanStep.Reopen,
        (true, not null) => PlanStep.Nothing,
        (true, null) when !dossierKnown => PlanStep.WaitForDossier,
        (true, null) when !poolHasCoaches => PlanStep.WaitForCoachPool,
        (true, null) => PlanStep.Open,
    };
}
