namespace Defis.Submission.Domain;

public enum ProgrammeStatus
{
    Draft = 1,
    Published = 2,
    Closed = 3,
    Archived = 4,
}
