using Defis.Jury.Domain;

namespace Defis.Jury.UnitTests;

/// <summary>Builders for the tests: a programme team member, a panel, dossiers, grids, reviews.</summary>
internal static class TestData
{
    public const string Programme = "CB21";

    public static readonly DateTimeOffset Now = new(2021, 10, 15, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly Actor Staff = new("staff-1", IsProgrammeStaff: true);

    public static readonly Actor PresidentActor = new("president");

    public static PanelMember Member(string userId, string organisation = "Cour des comptes", PanelRole role = PanelRole.Member,
        MemberKind kind = MemberKind.Expert) => new(userId, $"Juré {userId}", organisation, kind, role);

    /// <summary>A panel with a president and the given members.</summary>
    public static Panel Panel(params PanelMember[] members)
    {
        var panel = Domain.Panel.Create(Programme, Phase.Incubation, Staff, Now);
        panel.AddMember(Member("president", "Inspection générale de l'administration", PanelRole.President), Staff, Now);
        foreach (var member in members)
        {
            panel.AddMember(member, Staff, Now);
        }
        return panel;
    }

    public static DossierProfile Dossier(int number, string lead = "Préfecture du Rhône", string[]? partners = null, string[]? territories = null,
        DateTimeOffset? filedAt = null) => new(
        new Guid(number, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]),
        $"CB21-{number:0000}",
        Programme,
        filedAt ?? Now.AddMinutes(number),
        lead,
        partners ?? [],
        territories ?? []);

    public static EvaluationGrid Grid(params Criterion[] criteria) =>
        EvaluationGrid.Create(Programme, Phase.Incubation, criteria.Length == 0 ? DefaultGrids.CoConstruction2021 : criteria, Staff, Now);

    public static ConflictRegister Conflicts() => ConflictRegister.Open(Programme, Now);

    public static PanelAssignments Book(Panel panel, int reviewers = 3, int max = 10) =>
        PanelAssignments.Open(panel, new AssignmentPolicy(reviewers, max), Staff, Now);

    /// <summary>Assigns by hand, ignoring balance: for tests of reviews and ranking.</summary>
    public static void Assign(PanelAssignments book, Panel panel, ConflictRegister conflicts, DossierProfile dossier, params string[] jurors)
    {
        foreach (var juror in jurors)
        {
            book.AssignManually(dossier, juror, panel, conflicts, Staff, Now);
        }
    }

    /// <summary>A complete, valid input for the grid: every criterion scored with the given values, comments everywhere.</summary>
    public static ReviewInput Input(EvaluationGrid grid, params int[] values) => new(
        grid.Criteria.Select((c, i) => new ScoreInput(c.Code, values[i], $"Commentaire sur {c.Code}.")).ToArray(),
        OverallOpinion.Favourable,
        ConfidenceLevel.High);

    /// <summary>A submitted review by an assigned juror.</summary>
    public static Review Submitted(PanelAssignments book, EvaluationGrid grid, DossierProfile dossier, string juror, params int[] values)
    {
        var review = Review.Start(dossier.Id, juror, grid, book, Now);
        review.Submit(Input(grid, values), grid, book, Now);
        return review;
    }
}
