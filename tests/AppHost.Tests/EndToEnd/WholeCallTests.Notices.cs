using Defis.Client;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    /// <summary>What each team must have been told, in French, by subject.</summary>
    private static string[] LaureateSubjects(Filed dossier) =>
    [
        $"Dossier reçu : {dossier.Reference}",
        $"Décision du jury : dossier {dossier.Reference} retenu",
        $"Subvention engagée : {dossier.Reference}",
        $"Tranche 2 versée : {dossier.Reference}",
    ];

    private static string[] NotSelectedSubjects(Filed dossier) =>
    [
        $"Dossier reçu : {dossier.Reference}",
        $"Décision du jury : dossier {dossier.Reference} non retenu",
    ];

    /// <summary>Each team's in-app inbox holds its own notices, and only its own; the decision the laureate read in the portal is read.</summary>
    private async Task CheckInboxesAsync(Cast call)
    {
        var first = await InboxAsync(call.FirstTeam, LaureateSubjects(call.First), "the laureate's notices in its inbox");
        Assert.Contains($"Sa référence est {call.First.Reference}", first[$"Dossier reçu : {call.First.Reference}"], StringComparison.Ordinal);
        Assert.Contains("pour la phase d'expérimentation", first[$"Décision du jury : dossier {call.First.Reference} retenu"], StringComparison.Ordinal);
        Assert.Contains("100 000,00 €", first[$"Subvention engagée : {call.First.Reference}"], StringComparison.Ordinal);
        Assert.Contains("50 000,00 €", first[$"Tranche 2 versée : {call.First.Reference}"], StringComparison.Ordinal);
        Assert.DoesNotContain(first.Keys, s => s.Contains(call.Second.Reference, StringComparison.Ordinal));
        // The team read its decision in the portal (ReadDecisionAsync): the platform holds it as read.
        var inbox = await call.FirstTeam.Inbox.ListAsync(pageSize: 100, cancellationToken: Cancellation);
        Assert.True(inbox.Notifications.Single(n => n.Subject == $"Décision du jury : dossier {call.First.Reference} retenu").Read);

        var second = await InboxAsync(call.SecondTeam, NotSelectedSubjects(call.Second), "the other team's notices in its inbox");
        Assert.Contains("n'a pas retenu votre dossier", second[$"Décision du jury : dossier {call.Second.Reference} non retenu"], StringComparison.Ordinal);
        Assert.DoesNotContain(second.Keys, s => s.Contains(call.First.Reference, StringComparison.Ordinal) || s.StartsWith("Subvention", StringComparison.Ordinal));
    }

    /// <summary>The same notices reached each dossier's contact address through SMTP (the AppHost's capture server), once each.</summary>
    private async Task CheckMailsAsync(Cast call, AspirePlatform host)
    {
        foreach (var (dossier, subjects) in new[] { (call.First, LaureateSubjects(call.First)), (call.Second, NotSelectedSubjects(call.Second)) })
        {
            var mails = await Poll.UntilAsync(() => CapturedMail.ReadAsync(host, Cancellation),
                m => subjects.All(s => m.Any(mail => mail.To == dossier.ContactEmail && mail.Subject == s)), EventBound,
                $"the mails to {dossier.ContactEmail}", Cancellation);
            var received = mails.Where(m => m.To == dossier.ContactEmail).ToList();
            Assert.All(subjects, s => Assert.Single(received, m => m.Subject == s));
            Assert.Contains(received, m => m.Text.Contains($"Sa référence est {dossier.Reference}", StringComparison.Ordinal));
        }
    }

    /// <summary>Subject → body of the caller's notifications, once every expected subject is there.</summary>
    private async Task<Dictionary<string, string>> InboxAsync(DefisClient team, string[] subjects, string what)
    {
        var inbox = await Poll.UntilAsync(() => team.Inbox.ListAsync(pageSize: 100, cancellationToken: Cancellation),
            r => subjects.All(s => r.Notifications.Any(n => n.Subject == s)), EventBound, what, Cancellation);
        // Exactly once each, though two instances of every service competed for the events.
        Assert.All(subjects, s => Assert.Single(inbox.Notifications, n => n.Subject == s));
        return inbox.Notifications.GroupBy(n => n.Subject).ToDictionary(g => g.Key, g => OrdinarySpaces(g.First().Body));
    }

    /// <summary>French amounts group thousands with a narrow no-break space ("100 000,00 €"): compare them as plain spaces.</summary>
    private static string OrdinarySpaces(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
