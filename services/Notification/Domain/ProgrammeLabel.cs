namespace Defis.Notification.Domain;

/// <summary>A call as people read it: its code and, when known, its title ("CB21 « Titre »").</summary>
public sealed record ProgrammeLabel(string? Code, string? Title)
{
    public override string ToString() => (Code, Title) switch
    {
        ({ Length: > 0 } code, { Length: > 0 } title) => $"{code} « {title} »",
        ({ Length: > 0 } code, _) => code,
        (_, { Length: > 0 } title) => $"« {title} »",
        _ => "du programme",
    };
}
