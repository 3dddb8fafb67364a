using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Decisions;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    // The words are DecisionWording's: the PDF letter Submission renders says exactly the same.

    /// <param name="corrected">The jury corrected a decision it had released: the letter says it replaces the earlier one.</param>
    public static RenderedMessage Selected(string reference, ProgrammeLabel programme, string phase, string? rationale, bool corrected) => new(
        Categories.Decision,
        DecisionWording.Subject(reference, selected: true, corrected),
        CorrectionNotice(corrected) +
        DecisionWording.Outcome(reference, programme.ToString(), phase, selected: true) +
        (DecisionWording.Rationale(rationale) is { } motivation ? $"\n{motivation}" : "") +
        $"\n{DecisionWording.NextStep(selected: true)}");

    public static RenderedMessage NotSelected(string reference, ProgrammeLabel programme, string phase, bool corrected) => new(
        Categories.Decision,
        DecisionWording.Subject(reference, selected: false, corrected),
        CorrectionNotice(corrected) +
        $"{DecisionWording.Outcome(reference, programme.ToString(), phase, selected: false)} {DecisionWording.NextStep(selected: false)}");

    private static string CorrectionNotice(bool corrected) => corrected ? $"{DecisionWording.CorrectionNotice}\n" : "";
}
