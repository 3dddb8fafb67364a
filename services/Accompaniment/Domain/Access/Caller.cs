namespace Defis.Accompaniment.Domain.Access;

[Flags]
public enum AccompanimentRoles
{
    None = 0,

    /// <summary>The programme team (DITP): sees every plan and session of its programmes, assigns coaches.</summary>
    ProgrammeStaff = 1,

    /// <summary>A member of the programme team who coaches laureates; sees the plans they are assigned to.</summary>
    Coach = 2,

    /// <summary>A member of a laureate team; sees and works on their own plan.</summary>
    Laureate = 4,

    /// <summary>Anyone signed in, e.g. an agent who has not filed yet and registers to a webinar.</summary>
    Candidate = 8,
}

/// <summary>
/// Who is calling, as the gateway's identity says: a user id, the roles the token carries and the token's e-mail, by which
/// a dossier's co-editors are known (<see cref="CoEditors"/>).
/// </summary>
public sealed record Caller(string UserId, AccompanimentRoles Roles, string? Email = null)
{
    public bool Is(AccompanimentRoles role) => role != AccompanimentRoles.None && (Roles & role) == role;
}

/// <summary>Who acts and when. Every change of an aggregate takes one, so time never comes from a clock inside the domain.</summary>
public sealed record Change(Caller By, DateTimeOffset Now)
{
    /// <summary>The follow-up scheduler acts as this caller: it is nobody's action.</summary>
    public static Change BySystem(DateTimeOffset now) => new(new Caller("system:follow-up", AccompanimentRoles.None), now);
}
