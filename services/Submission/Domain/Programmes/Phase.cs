namespace Defis.Submission.Domain;

/// <summary>The steps of a call; a dossier enters a funded phase only by a jury decision.</summary>
public enum Phase
{
    Exploration = 1,
    Incubation = 2,
    Experimentation = 3,
}
