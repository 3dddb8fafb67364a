using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.CheckIns;

/// <summary>
/// A periodic progress report of the laureate team, read by its coaches: what moved, what may go
/// wrong, what help they need. Empty risks or help mean "none"; a check-in is never edited, the next
/// one supersedes it.
/// </summary>
public sealed record CheckIn(Guid Id, Guid PlanId, string AuthorId, DateTimeOffset SubmittedAt, string Progress, string? Risks, string? HelpNeeded)
{
    public const int TextMaxLength = 4_000;

    public bool ReportsRisks => !string.IsNullOrWhiteSpace(Risks);

    public bool AsksForHelp => !string.IsNullOrWhiteSpace(HelpNeeded);

    internal static CheckIn Create(Guid planId, string authorId, DateTimeOffset now, string progress, string? risks, string? helpNeeded)
    {
        new FieldViolations()
            .RequiredText("progress", progress, TextMaxLength)
            .OptionalText("risks", risks, TextMaxLength)
            .OptionalText("help_needed", helpNeeded, TextMaxLength)
            .ThrowIfAny();
        return new(Guid.CreateVersion7(now), planId, authorId, now, progress.Trim(), Blank(risks), Blank(helpNeeded));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
