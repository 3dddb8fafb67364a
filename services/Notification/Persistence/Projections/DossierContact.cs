namespace Defis.Notification.Persistence.Projections;

/// <summary>
/// What Notification remembers of a dossier from the events that carry it (draft created, submitted,
/// returned, resubmitted): who leads it, the co-editors the lead invited, and where to write, for later events
/// that only name the dossier (decisions, grant, tranches).
/// </summary>
public sealed class DossierContact
{
    public Guid DossierId { get; set; }

    public string? ProgrammeCode { get; set; }

    public string? Reference { get; set; }

    public string? Title { get; set; }

    /// <summary>The lead structure's name as filed (DossierSubmitted), printed on the decision letter (decision 0027).</summary>
    public string? LeadStructureName { get; set; }

    public string LeadUserId { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    /// <summary>The invited co-editors' addresses, as the newest of Submission's events that listed them did.</summary>
    public List<string> CoEditorEmails { get; set; } = [];

    /// <summary>When the event that listed <see cref="CoEditorEmails"/> happened, in UTC; before any, the Unix epoch.</summary>
    public DateTimeOffset CoEditorsAsOf { get; set; } = DateTimeOffset.UnixEpoch;
}

/// <summary>A published call's title by its code, so that messages name the programme.</summary>
public sealed class ProgrammeTitle
{
    public string Code { get; set; } = "";

    public string Title { get; set; } = "";
}

/// <summary>Which dossier a grant funds (from GrantProposed/GrantCommitted), for tranche events that name only the grant.</summary>
public sealed class GrantDossier
{
    public Guid GrantId { get; set; }

    public Guid DossierId { get; set; }
}

/// <summary>A user's email address as last given by an event carrying both (never guessed from the id).</summary>
public sealed class UserContact
{
    public string UserId { get; set; } = "";

    public string Email { get; set; } = "";
}
