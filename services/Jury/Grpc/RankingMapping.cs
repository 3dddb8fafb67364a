using Defis.Jury.Domain;
using Contract = Defis.Contracts.Jury.V1;

namespace Defis.Jury.Grpc;

internal static class RankingMapping
{
    public static Contract.Ranking ToContract(this PhaseRanking ranking, Guid panelId) => new()
    {
        PanelId = panelId.ToString(),
        ProgrammeCode = ranking.ProgrammeCode,
        Phase = (Contract.Phase)(int)ranking.Phase,
        Rows = { ranking.Rows.Select(ToContract) },
    };

    private static Contract.RankingRow ToContract(RankingRow row)
    {
        var scores = row.Scores;
        var contract = new Contract.RankingRow
        {
            Tied = row.Tied,
            DossierId = scores.Dossier.Id.ToString(),
            DossierReference = scores.Dossier.Reference,
            ReviewsDone = scores.ReviewsDone,
            ReviewsExpected = scores.ReviewsExpected,
            MeanExact = scores.Mean?.ToString() ?? "",
            MedianExact = scores.Median?.ToString() ?? "",
            Disagreement = scores.Disagreement,
        };
        if (row.Position is { } position)
        {
            contract.Position = position;
        }
        if (row.NormalisedPosition is { } normalisedPosition)
        {
            contract.NormalisedPosition = normalisedPosition;
        }
        if (scores.Mean is { } mean)
        {
            contract.Mean = (double)mean.Round(2);
        }
        if (scores.Median is { } median)
        {
            contract.Median = (double)median.Round(2);
        }
        if (scores.StandardDeviation is { } deviation)
        {
            contract.StandardDeviation = Math.Round(deviation, 2);
        }
        if (scores.NormalisedScore is { } normalised)
        {
            contract.NormalisedScore = Math.Round(normalised, 4);
        }
        return contract;
    }

    public static Contract.InstructionAgenda ToContract(this InstructionAgenda agenda) => new()
    {
        DueSoon = { agenda.DueSoon.Select(ToContract) },
        Overdue = { agenda.Overdue.Select(ToContract) },
    };

    private static Contract.InstructionDeadline ToContract(InstructionDeadline deadline) => new()
    {
        DossierId = deadline.Dossier.Id.ToString(),
        DossierReference = deadline.Dossier.Reference,
        FiledAt = deadline.Dossier.FiledAt.ToContract(),
        DueOn = new Google.Type.Date { Year = deadline.DueOn.Year, Month = deadline.DueOn.Month, Day = deadline.DueOn.Day },
        DueBy = deadline.DueBy.ToContract(),
        DaysLeft = deadline.DaysLeft,
    };
}
