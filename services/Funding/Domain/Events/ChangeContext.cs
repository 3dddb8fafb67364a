namespace Defis.Funding.Domain.Events;

/// <summary>Who changes what, when, and the programme counter that numbers the resulting events.</summary>
public sealed record ChangeContext(string Actor, DateTimeOffset Now, ProgrammeEventCounter Counter)
{
    /// <summary>Checked before any state changes, so that a wrong counter cannot leave a change half done.</summary>
    internal void RequireProgramme(Guid programmeId)
    {
        if (programmeId != Counter.ProgrammeId)
        {
            // A programming error, not a user's: the caller loaded the wrong programme's counter.
            throw new InvalidOperationException($"Counter of programme {Counter.ProgrammeId} used for programme {programmeId}.");
        }
    }

    internal EventHeader NextHeader(Guid programmeId)
    {
        RequireProgramme(programmeId);
        return Counter.Next(Actor, Now);
    }
}
