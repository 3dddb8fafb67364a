using Defis.Contracts.Jury.V1;
using Defis.Portal.Display;

namespace Defis.Portal.UnitTests;

public sealed class PanelDecisionsTests
{
    [Fact]
    public void A_decision_in_preparation_is_the_one_to_resume_and_the_history_keeps_the_platforms_order()
    {
        var released = Decision("d1", DecisionStatus.Released, selected: 2);
        var draft = Decision("d2", DecisionStatus.Draft, selected: 1);

        var decisions = PanelDecisions.Of([draft, released]);

        Assert.Same(draft, decisions.Draft);
        Assert.Equal([("d2", "En préparation", 1), ("d1", "Publiée", 2)], decisions.Entries.Select(e => (e.Decision.Id, e.State, e.Selected)));
    }

    [Fact]
    public void Without_a_draft_there_is_nothing_to_resume()
    {
        Assert.Null(PanelDecisions.Of([Decision("d1", DecisionStatus.Released)]).Draft);
        Assert.Null(PanelDecisions.None.Draft);
        Assert.Empty(PanelDecisions.None.Entries);
    }

    [Fact]
    public void A_released_decision_is_corrected_once_its_correction_is_released_too()
    {
        var first = Decision("d1", DecisionStatus.Released);
        var pending = PanelDecisions.Of([Decision("d2", DecisionStatus.Draft, corrects: "d1"), first]);
        var done = PanelDecisions.Of([Decision("d2", DecisionStatus.Released, corrects: "d1"), first]);

        Assert.Equal(["Correction en préparation", "Publiée, correction en préparation"], pending.Entries.Select(e => e.State));
        Assert.Equal("d2", pending.Draft?.Id);
        Assert.Equal(["Publiée", "Corrigée"], done.Entries.Select(e => e.State));
        Assert.Null(done.Draft);
    }

    private static Decision Decision(string id, DecisionStatus status, int selected = 0, string corrects = "")
    {
        var decision = new Decision { Id = id, Status = status, CorrectsDecisionId = corrects };
        decision.Lines.Add(Enumerable.Range(1, selected).Select(i => new DecisionLine { DossierId = $"{id}-{i}", Outcome = DecisionOutcome.Selected }));
        decision.Lines.Add(new DecisionLine { DossierId = $"{id}-autre", Outcome = status == DecisionStatus.Released ? DecisionOutcome.NotSelected : DecisionOutcome.Unspecified });
        return decision;
    }
}
