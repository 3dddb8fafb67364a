using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence.Projections;

namespace Defis.Notification.Events;

/// <summary>
/// The notices written to a dossier's team (lead and co-editors) about what happened to it after its filing: the
/// decision letters and the grant's commitment, each with its PDF (decision 0027). Sent when the event arrives, or when
/// the dossier it names becomes known (<see cref="ParkedNotices"/>): one source for both.
/// </summary>
public sealed class TeamNotices(Notifier notifier, Projections projections, TimeProvider time)
{
    public async Task SelectedAsync(DossierSelected selected, DossierContact dossier, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(selected.ProgrammeCode, cancellationToken);
        var letter = Templates.Selected(selected.Reference, programme, selected.Phase, selected.Rationale, selected.CorrectsDecisionId is not null);
        var pdf = DecisionLetters.For(selected, selected.Reference, selected.ProgrammeCode, selected.Rationale, selected.CorrectsDecisionId, dossier, programme,
            time.GetUtcNow());
        await notifier.NotifyAsync(selected, letter, Projections.TeamOf(dossier), cancellationToken, pdf);
    }

    public async Task NotSelectedAsync(DossierNotSelected notSelected, DossierContact dossier, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(notSelected.ProgrammeCode, cancellationToken);
        var letter = Templates.NotSelected(notSelected.Reference, programme, notSelected.Phase, notSelected.CorrectsDecisionId is not null);
        var pdf = DecisionLetters.For(notSelected, notSelected.Reference, notSelected.ProgrammeCode, null, notSelected.CorrectsDecisionId, dossier, programme,
            time.GetUtcNow());
        await notifier.NotifyAsync(notSelected, letter, Projections.TeamOf(dossier), cancellationToken, pdf);
    }

    public async Task GrantCommittedAsync(GrantCommitted committed, DossierContact dossier, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(dossier.ProgrammeCode, cancellationToken);
        var notice = Templates.GrantCommitted(dossier.Reference, programme, committed.Phase, committed.AmountCents);
        var pdf = GrantNotifications.For(committed, dossier, programme, time.GetUtcNow());
        await notifier.NotifyAsync(committed, notice, Projections.TeamOf(dossier), cancellationToken, pdf);
    }
}
