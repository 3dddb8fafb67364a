namespace Defis.Submission.Domain;

/// <summary>Kinds of spending a call may fund; each call lists the ones it accepts.</summary>
public enum ExpenseCategory
{
    IntellectualServices = 1,
    CollaborativeDigitalTools = 2,
    InnovationTraining = 3,
}
