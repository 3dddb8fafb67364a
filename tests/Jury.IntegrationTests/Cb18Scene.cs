using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// A 2018-style batch call set up over the API: three filed dossiers, a panel of four (a president and
/// three jurors), the 2018 grid, two reviewers per dossier. Two conflicts: one detected (the DITP juror's
/// organisation partners dossier 3) and one declared (the Inria juror on dossier 1).
/// </summary>
public sealed class Cb18Scene(JuryHost host, string code)
{
    public const string President = "pres-ccomptes";
    public const string Ditp = "juror-ditp";
    public const string Inria = "juror-inria";
    public const string Ademe = "juror-ademe";

    public string Code => code;

    public Panel Panel { get; private set; } = null!;

    public DossierSubmitted[] Dossiers { get; private set; } = [];

    /// <summary>Changes a dossier as filed (e.g. its title) before it is published.</summary>
    public Func<DossierSubmitted, DossierSubmitted> AsFiled { get; init; } = dossier => dossier;

    public static string TokenOf(string juror) =>
        juror == President ? TestTokens.For(juror, Roles.PanelPresident, Roles.Juror) : TestTokens.For(juror, Roles.Juror);

    public async Task FileAndConfigureAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var programmeId = await host.PublishProgrammeAsync(code, decisionDueDays: null);
        Dossiers =
        [
            JuryHost.Filed(programmeId, code, 1, "Préfecture du Rhône"),
            JuryHost.Filed(programmeId, code, 2, "Rectorat de l'académie de Lyon"),
            JuryHost.Filed(programmeId, code, 3, "Mairie de Brest", "DITP"),
        ];
        Dossiers = [.. Dossiers.Select(AsFiled)];
        foreach (var dossier in Dossiers)
        {
            await host.PublishAsync(dossier);
        }
        await Eventually.Until(() => host.DossiersOfAsync(code), count => count == 3, TimeSpan.FromSeconds(30), "three dossiers known");

        var panels = host.Panels(host.StaffToken);
        Panel = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = code, Phase = Phase.Incubation }, cancellationToken: cancellation);
        await AddAsync(President, "Cour des comptes", PanelRole.President);
        await AddAsync(Ditp, "Direction interministérielle de la transformation publique (DITP)", PanelRole.Member);
        await AddAsync(Inria, "Inria", PanelRole.Member);
        Panel = await AddAsync(Ademe, "Ademe", PanelRole.Rapporteur);
        await panels.DefineGridAsync(new DefineGridRequest { PanelId = Panel.Id, DefaultGrid = DefaultGrid.CartesBlanches2018 }, cancellationToken: cancellation);
        await host.Assignments(host.StaffToken).ConfigureAssignmentsAsync(
            new ConfigureAssignmentsRequest { PanelId = Panel.Id, ReviewersPerDossier = 2, MaxPerJuror = 2 }, cancellationToken: cancellation);
        await host.Conflicts(TokenOf(Inria)).DeclareConflictAsync(new DeclareConflictRequest
        {
            ProgrammeCode = code,
            TargetKind = ConflictTargetKind.Dossier,
            Target = Dossiers[0].DossierId.ToString(),
            Type = ConflictType.Personal,
            Note = "Ancien collègue du porteur.",
        }, cancellationToken: cancellation);
    }

    /// <summary>Scores on 0–5 for the four 2018 criteria; a dossier's rank decides how good they are.</summary>
    public static SaveReviewRequest Review(string panelId, DossierSubmitted dossier, int level) => Review(panelId, dossier.DossierId, level);

    public static SaveReviewRequest Review(string panelId, Guid dossierId, int level) => new()
    {
        PanelId = panelId,
        DossierId = dossierId.ToString(),
        Scores =
        {
            new Score { Criterion = "impact", Value = level, Comment = "Impact argumenté." },
            new Score { Criterion = "diagnostic", Value = level, Comment = "Diagnostic étayé." },
            new Score { Criterion = "equipe", Value = Math.Max(0, level - 1) },
            new Score { Criterion = "terrain", Value = level },
        },
        OverallOpinion = OverallOpinion.Favourable,
        Confidence = ConfidenceLevel.High,
    };

    private async Task<Panel> AddAsync(string userId, string organisation, PanelRole role) =>
        await host.Panels(host.StaffToken).AddPanelMemberAsync(new AddPanelMemberRequest
        {
            PanelId = Panel.Id,
            Member = new PanelMember
            {
                UserId = userId,
                DisplayName = userId,
                Organisation = organisation,
                Kind = MemberKind.Expert,
                Role = role,
            },
        }, cancellationToken: TestContext.Current.CancellationToken);
}
