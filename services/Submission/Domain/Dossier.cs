namespace Defis.Submission.Domain;

/// <summary>One team's application to one programme (call).</summary>
public sealed class Dossier
{
    private Dossier()
    {
    }

    public Guid Id { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string LeadStructureName { get; private set; } = "";

    public LeadStructureType LeadStructureType { get; private set; }

    public string ContactEmail { get; private set; } = "";

    public DossierStatus Status { get; private set; }

    /// <summary>The user who started the dossier: its lead editor.</summary>
    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static Dossier StartDraft(string programmeCode, string title, string leadStructureName, LeadStructureType leadStructureType,
        string contactEmail, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeCode = programmeCode.Trim().ToUpperInvariant(),
        Title = title.Trim(),
        LeadStructureName = leadStructureName.Trim(),
        LeadStructureType = leadStructureType,
        ContactEmail = contactEmail.Trim(),
        Status = DossierStatus.Draft,
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    /// <summary>Applicants see the dossiers they lead; programme staff see every dossier.</summary>
    public bool IsVisibleTo(string userId, bool isProgrammeStaff) => isProgrammeStaff || CreatedBy == userId;
}
