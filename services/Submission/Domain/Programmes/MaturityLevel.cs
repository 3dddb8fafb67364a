namespace Defis.Submission.Domain;

/// <summary>How far the team has already gone with its challenge (the 2021 call asks for it).</summary>
public enum MaturityLevel
{
    Framing = 1,
    Tests = 2,
    Prototyping = 3,
    Deployment = 4,
}
