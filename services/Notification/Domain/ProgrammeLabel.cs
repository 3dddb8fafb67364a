using Defis.SharedKernel.Decisions;

namespace Defis.Notification.Domain;

/// <summary>A call as people read it: its code and, when known, its title ("CB21 « Titre »").</summary>
public sealed record ProgrammeLabel(string? Code, string? Title)
{
    public override string ToString() => DecisionWording.Programme(Code, Title);
}
