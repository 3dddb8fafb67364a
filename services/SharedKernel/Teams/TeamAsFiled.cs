namespace Defis.SharedKernel.Teams;

/// <summary>
/// The co-editors a dossier's lead invited, as its newest filing named them. A first filing, a refiling and an erasure's
/// change of the team may reach a service in any order: each is heard with the instant it happened, and only the newest
/// is kept, so every copy converges on the same team.
/// </summary>
public sealed class TeamAsFiled
{
    public TeamAsFiled(IEnumerable<string> coEditorEmails, DateTimeOffset filedAt)
    {
        CoEditorEmails = EmailAddress.NormalisedList(coEditorEmails);
        // Events carry Paris offsets, PostgreSQL (timestamptz, through Npgsql) takes only UTC ones.
        FiledAt = filedAt.ToUniversalTime();
    }

    /// <summary>Before any filing: nobody, at an instant every filing follows.</summary>
    public static TeamAsFiled None { get; } = new([], DateTimeOffset.UnixEpoch);

    /// <summary>Normalised (<see cref="EmailAddress.NormalisedList"/>).</summary>
    public IReadOnlyList<string> CoEditorEmails { get; }

    /// <summary>When the filing that named <see cref="CoEditorEmails"/> happened, in UTC.</summary>
    public DateTimeOffset FiledAt { get; }

    /// <summary>
    /// The team a filing at <paramref name="filedAt"/> names, if that filing is not older than this one; else this team.
    /// A filing at the very instant of the kept one replaces it: in practice it is the same filing delivered again.
    /// </summary>
    public TeamAsFiled Hear(IEnumerable<string> coEditorEmails, DateTimeOffset filedAt) =>
        filedAt < FiledAt ? this : new TeamAsFiled(coEditorEmails, filedAt);
}
