using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class GridTests
{
    [Fact]
    public void The_two_known_calls_have_their_default_grids()
    {
        var cartesBlanches = TestData.Grid(DefaultGrids.CartesBlanches2018.ToArray());
        var coConstruction = TestData.Grid(DefaultGrids.CoConstruction2021.ToArray());

        Assert.Equal(["impact", "diagnostic", "equipe", "terrain"], cartesBlanches.Criteria.Select(c => c.Code));
        Assert.All(cartesBlanches.Criteria, c => Assert.Equal((1, 5), (c.Weight, c.ScaleMax)));
        Assert.Equal(["impact", "co_construction", "ecologie_social"], coConstruction.Criteria.Select(c => c.Code));
        Assert.Equal([(2, 5), (2, 5), (1, 3)], coConstruction.Criteria.Select(c => (c.Weight, c.ScaleMax)));
        Assert.Equal(1, coConstruction.Version);
        Assert.False(coConstruction.IsFrozen);
    }

    public static TheoryData<Criterion[], string, string> BadGrids => new()
    {
        { [], "criteria", "Une grille contient au moins un critère." },
        { Enumerable.Range(0, 21).Select(i => new Criterion($"c{i}", "Libellé", 1, 5, false)).ToArray(), "criteria", "Une grille contient au plus 20 critères (21)." },
        { [new("", "Libellé", 1, 5, false)], "criteria[0].code", "Ce champ est obligatoire." },
        { [new("Impact!", "Libellé", 1, 5, false)], "criteria[0].code", "Code invalide : lettres minuscules, chiffres et « _ », 40 caractères au plus." },
        { [new("a", "A", 1, 5, false), new("a", "A bis", 1, 5, false)], "criteria[1].code", "Le code « a » est déjà utilisé dans cette grille." },
        { [new("a", " ", 1, 5, false)], "criteria[0].label", "Ce champ est obligatoire." },
        { [new("a", "A", 0, 5, false)], "criteria[0].weight", "Le poids doit être compris entre 1 et 100 (reçu : 0)." },
        { [new("a", "A", 101, 5, false)], "criteria[0].weight", "Le poids doit être compris entre 1 et 100 (reçu : 101)." },
        { [new("a", "A", 1, 0, false)], "criteria[0].scale_max", "Le barème doit aller de 0 à un maximum compris entre 1 et 100 (reçu : 0)." },
        { [new("a", "A", 1, 97, false), new("b", "B", 1, 89, false), new("c", "C", 1, 83, false)], "criteria",
            "Ces barèmes (97, 89, 83) n'ont pas de multiple commun inférieur à 10000 : choisissez des barèmes plus simples (3, 4, 5, 10, 20…)." },
    };

    [Theory]
    [MemberData(nameof(BadGrids))]
    public void Bad_criteria_name_the_field(Criterion[] criteria, string field, string description)
    {
        var error = Assert.Throws<RequestValidationException>(() => EvaluationGrid.Create(TestData.Programme, Phase.Incubation, criteria, TestData.Staff, TestData.Now));

        Assert.Equal(new FieldViolation(field, description), Assert.Single(error.Violations));
    }

    [Fact]
    public void Only_staff_configure_grids()
    {
        Assert.Throws<PermissionDeniedException>(() =>
            EvaluationGrid.Create(TestData.Programme, Phase.Incubation, DefaultGrids.CoConstruction2021, new Actor("a"), TestData.Now));
    }

    [Fact]
    public void A_grid_is_edited_in_place_until_frozen_then_only_versioned()
    {
        var grid = TestData.Grid();
        grid.ReplaceCriteria(DefaultGrids.CartesBlanches2018, TestData.Staff, TestData.Now);
        Assert.Equal("GRID_NOT_FROZEN", Assert.Single(Assert.Throws<PreconditionFailedException>(() =>
            grid.NextVersion(DefaultGrids.CoConstruction2021, TestData.Staff, TestData.Now)).Violations).Type);

        grid.Freeze("a", TestData.Now);
        grid.Freeze("b", TestData.Now.AddDays(1));

        Assert.Equal(TestData.Now, grid.FrozenAt);
        Assert.Equal("GRID_FROZEN", Assert.Single(Assert.Throws<PreconditionFailedException>(() =>
            grid.ReplaceCriteria(DefaultGrids.CoConstruction2021, TestData.Staff, TestData.Now)).Violations).Type);
        var next = grid.NextVersion(DefaultGrids.CoConstruction2021, TestData.Staff, TestData.Now);
        Assert.Equal((2, grid.Id, false), (next.Version, next.PreviousVersionId!.Value, next.IsFrozen));
        Assert.Equal(4, grid.Criteria.Count);
        Assert.Equal(
            [AuditAction.GridCreated, AuditAction.GridCriteriaReplaced, AuditAction.GridFrozen],
            grid.PendingAudit.Select(e => e.Action));
        Assert.Equal(AuditAction.GridVersionCreated, Assert.Single(next.PendingAudit).Action);
    }
}
