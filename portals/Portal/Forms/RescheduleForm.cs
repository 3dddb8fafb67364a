using Defis.Contracts.Accompaniment.V1;

namespace Defis.Portal.Forms;

/// <summary>A coach moves a milestone's due day (the contract takes no reason).</summary>
public sealed class RescheduleForm
{
    public const string FormId = "formulaire-report";

    public string? Due { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Report_Due", "due", "Nouvelle échéance"),
    ];

    /// <summary>The form as first shown: the current due day, as a date input holds it (« 2027-03-29 »).</summary>
    public static RescheduleForm From(Google.Type.Date? due) =>
        new() { Due = due is null || due.Year == 0 ? null : $"{due.Year:0000}-{due.Month:00}-{due.Day:00}" };

    /// <summary>
    /// The request, or null with the form's own problem (a day it cannot read) in <paramref name="local"/>: the day is
    /// all the form says, so there is nothing else for the platform to name. A blank day is sent for the platform to say
    /// it is required.
    /// </summary>
    public RescheduleMilestoneRequest? ToRequest(string planId, string milestoneId, FormErrors local)
    {
        var due = ParisInput.Day(Due, Fields[0], local);
        return local.Any ? null : new RescheduleMilestoneRequest { PlanId = planId, MilestoneId = milestoneId, Due = due };
    }

    /// <summary>The platform's refusal: a bad day at the day, a closed milestone once on the form.</summary>
    public static FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields, FormId);

    /// <summary>Only the form's own problem, when nothing was sent.</summary>
    public static FormErrors Unsent(FormErrors local) => FormErrors.Map([], Fields, FormId, FormErrors.FormLabel, local);
}
