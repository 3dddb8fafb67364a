using Defis.Jury.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.UnitTests;

public sealed class ConflictTests
{
    private static readonly Actor JurorA = new("a");

    [Theory]
    [InlineData("Préfecture du Rhône", "PREFECTURE DU RHONE")]
    [InlineData("Ministère de l'Intérieur", "ministere de l interieur")]
    [InlineData("Direction interministérielle de la transformation publique (DITP)", "DITP")]
    [InlineData("DITP", "Direction interministérielle de la transformation publique (DITP)")]
    [InlineData("Centre hospitalier  Saint-Étienne", "centre hospitalier saint etienne")]
    [InlineData("Œuvre d'accueil", "oeuvre d accueil")]
    [InlineData("  Pôle emploi. ", "pole-emploi")]
    public void Detection_matches_the_juror_organisation_and_the_lead_structure_however_written(string jurorOrganisation, string leadStructure)
    {
        var check = TestData.Conflicts().Check(TestData.Member("a", jurorOrganisation), TestData.Dossier(1, lead: leadStructure));

        Assert.True(check.IsConflicted);
        Assert.Equal(ConflictBasis.OrganisationLeadsDossier, Assert.Single(check.Findings).Basis);
    }

    [Theory]
    [InlineData("Ville de Lyon", "Métropole de Lyon")]
    [InlineData("DITP", "DINUM")]
    [InlineData("Préfecture du Rhône", "Préfecture de la Loire")]
    [InlineData("", "Préfecture du Rhône")]
    public void Different_organisations_are_no_conflict(string jurorOrganisation, string leadStructure)
    {
        var check = TestData.Conflicts().Check(TestData.Member("a", jurorOrganisation), TestData.Dossier(1, lead: leadStructure));

        Assert.False(check.IsConflicted);
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void Detection_covers_the_partners_of_the_dossier()
    {
        var dossier = TestData.Dossier(1, partners: ["Caisse d'allocations familiales du Rhône", "Université Lyon 2"]);

        var check = TestData.Conflicts().Check(TestData.Member("a", "UNIVERSITE LYON 2"), dossier);

        Assert.Equal(ConflictBasis.OrganisationIsPartner, Assert.Single(check.Findings).Basis);
    }

    [Fact]
    public void A_declared_organisation_conflict_covers_dossiers_it_leads_or_partners()
    {
        var register = TestData.Conflicts();
        register.Declare(JurorA, "a", ConflictTargetKind.Organisation, "Pôle emploi", ConflictType.Collaborator, "Ancien poste.", TestData.Now);
        var juror = TestData.Member("a");

        var asPartner = register.Check(juror, TestData.Dossier(1, partners: ["POLE EMPLOI"]));
        var asLead = register.Check(juror, TestData.Dossier(2, lead: "pôle emploi"));
        var unrelated = register.Check(juror, TestData.Dossier(3));

        Assert.True(asPartner.IsConflicted);
        Assert.Equal((ConflictBasis.Declared, ConflictType.Collaborator), (asPartner.Findings[0].Basis, asPartner.Findings[0].Type));
        Assert.True(asLead.IsConflicted);
        Assert.False(unrelated.IsConflicted);
    }

    [Fact]
    public void A_declared_territory_conflict_covers_dossiers_tested_there()
    {
        var register = TestData.Conflicts();
        register.Declare(JurorA, "a", ConflictTargetKind.Territory, "Seine-Saint-Denis (93)", ConflictType.Personal, null, TestData.Now);
        var juror = TestData.Member("a");

        Assert.True(register.Check(juror, TestData.Dossier(1, territories: ["93"])).IsConflicted);
        Assert.True(register.Check(juror, TestData.Dossier(2, territories: ["Rhône", "seine saint denis"])).IsConflicted);
        Assert.False(register.Check(juror, TestData.Dossier(3, territories: ["Rhône"])).IsConflicted);
    }

    [Fact]
    public void A_declared_dossier_conflict_covers_that_dossier_only()
    {
        var register = TestData.Conflicts();
        var dossier = TestData.Dossier(1);
        register.Declare(JurorA, "a", ConflictTargetKind.Dossier, dossier.Id.ToString().ToUpperInvariant(), ConflictType.Hierarchical, null, TestData.Now);

        Assert.True(register.Check(TestData.Member("a"), dossier).IsConflicted);
        Assert.False(register.Check(TestData.Member("a"), TestData.Dossier(2)).IsConflicted);
        Assert.False(register.Check(TestData.Member("b"), dossier).IsConflicted);
        var entry = Assert.Single(register.PendingAudit);
        Assert.Equal((AuditAction.ConflictDeclared, dossier.Id, "a"), (entry.Action, entry.DossierId, entry.JurorUserId));
    }

    public static TheoryData<ConflictTargetKind, string?, ConflictType, string?, string, string> BadDeclarations => new()
    {
        { ConflictTargetKind.Organisation, "", ConflictType.Other, null, "target", "Ce champ est obligatoire." },
        { ConflictTargetKind.Organisation, "   ", ConflictType.Other, null, "target", "Ce champ est obligatoire." },
        { ConflictTargetKind.Organisation, new string('x', 201), ConflictType.Other, null, "target", "Ce champ dépasse 200 caractères (201)." },
        { (ConflictTargetKind)9, "DITP", ConflictType.Other, null, "target_kind", "Valeur inconnue : 9." },
        { ConflictTargetKind.Territory, "Rhône", (ConflictType)0, null, "type", "Valeur inconnue : 0." },
        { ConflictTargetKind.Dossier, "CB21-0001", ConflictType.Personal, null, "target", "Identifiant invalide (UUID attendu)." },
        { ConflictTargetKind.Dossier, Guid.Empty.ToString(), ConflictType.Personal, null, "target", "Identifiant invalide (UUID attendu)." },
        { ConflictTargetKind.Territory, "Rhône", ConflictType.Other, new string('n', 2001), "note", "Ce champ dépasse 2000 caractères (2001)." },
    };

    [Theory]
    [MemberData(nameof(BadDeclarations))]
    public void Bad_declarations_name_the_field(ConflictTargetKind kind, string? target, ConflictType type, string? note, string field, string description)
    {
        var error = Assert.Throws<RequestValidationException>(() => TestData.Conflicts().Declare(JurorA, "a", kind, target, type, note, TestData.Now));

        Assert.Equal(new FieldViolation(field, description), Assert.Single(error.Violations));
    }

    [Fact]
    public void A_juror_declares_only_for_themself_and_staff_for_anyone()
    {
        var register = TestData.Conflicts();

        Assert.Throws<PermissionDeniedException>(() =>
            register.Declare(JurorA, "b", ConflictTargetKind.Territory, "Rhône", ConflictType.Other, null, TestData.Now));
        var declared = register.Declare(TestData.Staff, "b", ConflictTargetKind.Territory, "Rhône", ConflictType.Other, null, TestData.Now);

        Assert.Equal(("b", "staff-1"), (declared.JurorUserId, declared.DeclaredBy));
    }

    [Fact]
    public void The_same_conflict_is_declared_once_whatever_the_spelling()
    {
        var register = TestData.Conflicts();
        register.Declare(JurorA, "a", ConflictTargetKind.Organisation, "Pôle emploi", ConflictType.Collaborator, null, TestData.Now);

        var error = Assert.Throws<ConflictException>(() =>
            register.Declare(JurorA, "a", ConflictTargetKind.Organisation, "POLE-EMPLOI", ConflictType.Other, null, TestData.Now));

        Assert.True(error.AlreadyExists);
    }

    [Fact]
    public void An_override_is_explicit_justified_and_recorded()
    {
        var register = TestData.Conflicts();
        var juror = TestData.Member("a", "Préfecture du Rhône");
        var dossier = TestData.Dossier(1, lead: "Préfecture du Rhône");
        register.TakePendingAudit();

        var granted = register.Override(TestData.Staff, juror, dossier, "  Seul expert du domaine ; hors de la chaîne hiérarchique du porteur. ", TestData.Now);

        var check = register.Check(juror, dossier);
        Assert.False(check.IsConflicted);
        Assert.Equal(granted, check.Override);
        Assert.Single(check.Findings);
        Assert.Equal("Seul expert du domaine ; hors de la chaîne hiérarchique du porteur.", granted.Reason);
        var entry = Assert.Single(register.PendingAudit);
        Assert.Equal((AuditAction.ConflictOverridden, "staff-1", dossier.Id, "a"), (entry.Action, entry.Actor, entry.DossierId, entry.JurorUserId));
        Assert.Contains(granted.Reason, entry.Detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void An_override_without_a_reason_is_refused(string? reason)
    {
        var error = Assert.Throws<RequestValidationException>(() =>
            TestData.Conflicts().Override(TestData.Staff, TestData.Member("a", "DITP"), TestData.Dossier(1, lead: "DITP"), reason, TestData.Now));

        Assert.Equal("reason", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void Only_staff_override_and_only_an_existing_conflict_once()
    {
        var register = TestData.Conflicts();
        var juror = TestData.Member("a", "DITP");
        var conflicted = TestData.Dossier(1, lead: "DITP");

        Assert.Throws<PermissionDeniedException>(() => register.Override(JurorA, juror, conflicted, "Motif.", TestData.Now));
        var none = Assert.Throws<PreconditionFailedException>(() => register.Override(TestData.Staff, juror, TestData.Dossier(2), "Motif.", TestData.Now));
        Assert.Equal("NO_CONFLICT", Assert.Single(none.Violations).Type);
        register.Override(TestData.Staff, juror, conflicted, "Motif.", TestData.Now);
        Assert.True(Assert.Throws<ConflictException>(() => register.Override(TestData.Staff, juror, conflicted, "Encore.", TestData.Now)).AlreadyExists);
    }

    [Fact]
    public void A_conflicted_juror_cannot_read_the_dossier()
    {
        var juror = TestData.Member("a", "DITP");
        var panel = TestData.Panel(juror, TestData.Member("b"));
        var conflicts = TestData.Conflicts();
        var dossier = TestData.Dossier(1, lead: "DITP");

        Assert.Throws<NotFoundException>(() => DossierAccess.EnsureCanRead(new Actor("a"), panel, dossier, conflicts));
        Assert.Throws<NotFoundException>(() => DossierAccess.EnsureCanRead(new Actor("stranger"), panel, dossier, conflicts));
        Assert.True(DossierAccess.CanRead(new Actor("b"), panel, dossier, conflicts));
        Assert.True(DossierAccess.CanRead(TestData.Staff, panel, dossier, conflicts));
        conflicts.Override(TestData.Staff, juror, dossier, "Motif.", TestData.Now);
        Assert.True(DossierAccess.CanRead(new Actor("a"), panel, dossier, conflicts));
    }

    [Fact]
    public void The_matrix_agrees_with_the_check_pair_by_pair()
    {
        var register = TestData.Conflicts();
        var jurors = new[] { TestData.Member("a", "DITP"), TestData.Member("b", "Ville de Lyon"), TestData.Member("c", "Cour des comptes") };
        var dossiers = new[]
        {
            TestData.Dossier(1, lead: "ditp"),
            TestData.Dossier(2, partners: ["VILLE DE LYON"], territories: ["Rhône"]),
            TestData.Dossier(3, territories: ["Nord (59)"]),
            TestData.Dossier(4),
        };
        register.Declare(TestData.Staff, "c", ConflictTargetKind.Territory, "59", ConflictType.Personal, null, TestData.Now);
        register.Declare(TestData.Staff, "c", ConflictTargetKind.Dossier, dossiers[3].Id.ToString(), ConflictType.Other, null, TestData.Now);
        register.Override(TestData.Staff, jurors[0], dossiers[0], "Motif.", TestData.Now);

        var matrix = register.Matrix(jurors, dossiers);

        var expected = new[,] { { false, false, false }, { false, true, false }, { false, false, true }, { false, false, true } };
        for (var d = 0; d < dossiers.Length; d++)
        {
            for (var j = 0; j < jurors.Length; j++)
            {
                Assert.Equal(expected[d, j], matrix.IsConflicted(d, j));
                Assert.Equal(expected[d, j], register.Check(jurors[j], dossiers[d]).IsConflicted);
            }
        }
    }
}
