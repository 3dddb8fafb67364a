using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Display;

/// <summary>
/// A panel's decisions as its president reads them beside the ranking, newest first, each with its state in French; and
/// the draft to resume, if any: the platform would open a second draft, so the portal leads back to the one in progress.
/// </summary>
public sealed record PanelDecisions(IReadOnlyList<PanelDecisions.Entry> Entries)
{
    /// <summary>A decision, its state as people say it, and how many dossiers it selects (proposes, while a draft).</summary>
    public sealed record Entry(Decision Decision, string State, int Selected);

    public static PanelDecisions None { get; } = new([]);

    /// <summary>The newest draft: the one a president who comes back goes on with.</summary>
    public Decision? Draft => Entries.Select(e => e.Decision).FirstOrDefault(d => d.Status == DecisionStatus.Draft);

    /// <summary>The platform's list (newest first), read in that order.</summary>
    public static PanelDecisions Of(IReadOnlyList<Decision> newestFirst)
    {
        var corrections = newestFirst.Where(d => d.CorrectsDecisionId.Length > 0).ToLookup(d => d.CorrectsDecisionId);
        return new([.. newestFirst.Select(d => new Entry(d, State(d, corrections[d.Id]),
            d.Lines.Count(l => l.Outcome == DecisionOutcome.Selected)))]);
    }

    /// <summary>
    /// A released decision stays in force until its correction is released too: only then is it « Corrigée ». A draft
    /// correction says so, to tell it from a first decision in preparation.
    /// </summary>
    private static string State(Decision decision, IEnumerable<Decision> corrections) =>
        (decision.Status, decision.CorrectsDecisionId.Length > 0, corrections.Select(c => c.Status).DefaultIfEmpty(DecisionStatus.Unspecified).Max()) switch
        {
            (DecisionStatus.Draft, false, _) => "En préparation",
            (DecisionStatus.Draft, true, _) => "Correction en préparation",
            (DecisionStatus.Released, _, DecisionStatus.Released) => "Corrigée",
            (DecisionStatus.Released, _, DecisionStatus.Draft) => "Publiée, correction en préparation",
            (DecisionStatus.Released, _, _) => "Publiée",
            _ => "Inconnu",
        };
}
