using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Time;

namespace Defis.Portal.Forms;

/// <summary>
/// A dossier's content as the edit page shows it: the narrative, one team member, one department, one budget line and
/// the act of candidacy. What the form does not show (partners, further members, territories and lines) is kept as saved.
/// Amounts are typed in euros; the platform counts cents. Model binding turns an empty input into null: every text is
/// kept as "" instead, as the contracts have it.
/// </summary>
public sealed class DossierForm
{
    public string Title { get; set => field = value ?? ""; } = "";
    public string ContactEmail { get; set => field = value ?? ""; } = "";
    public LeadStructureType LeadType { get; set; }
    public string Theme { get; set => field = value ?? ""; } = "";
    public MaturityLevel Maturity { get; set; }
    public string Problem { get; set => field = value ?? ""; } = "";
    public string Context { get; set => field = value ?? ""; } = "";
    public string PriorityReform { get; set => field = value ?? ""; } = "";
    public string ImpactForAgents { get; set => field = value ?? ""; } = "";
    public string ImpactForUsers { get; set => field = value ?? ""; } = "";
    public string PriorActions { get; set => field = value ?? ""; } = "";
    public string LessonsLearnt { get; set => field = value ?? ""; } = "";
    public string MemberName { get; set => field = value ?? ""; } = "";
    public string MemberRole { get; set => field = value ?? ""; } = "";
    public string MemberEmail { get; set => field = value ?? ""; } = "";
    public string Department { get; set => field = value ?? ""; } = "";
    public ExpenseCategory ExpenseCategory { get; set; }
    public string ExpenseLabel { get; set => field = value ?? ""; } = "";
    public string ExpenseAmount { get; set => field = value ?? ""; } = "";
    public string ProviderName { get; set => field = value ?? ""; } = "";
    public string ProviderCountry { get; set => field = value ?? ""; } = "";
    public string RequestedAmount { get; set => field = value ?? ""; } = "";
    public string SignatoryName { get; set => field = value ?? ""; } = "";
    public string SignatoryPosition { get; set => field = value ?? ""; } = "";
    public SignatoryLevel SignatoryLevel { get; set; }
    public bool Signed { get; set; }

    /// <summary>The form's inputs in page order, each with the platform field it edits (ids are Razor's, "Form_" + property).</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_Title", "title", "Titre du projet"),
        new("Form_LeadType", "leadStructure.type", "Type de structure porteuse"),
        new("Form_ContactEmail", "contactEmail", "Adresse électronique de contact"),
        new("Form_Theme", "theme", "Thématique"),
        new("Form_Maturity", "maturity", "Niveau de maturité"),
        new("Form_Problem", "problem", "Problème à résoudre"),
        new("Form_Context", "context", "Contexte"),
        new("Form_PriorityReform", "priorityReform", "Politique prioritaire concernée"),
        new("Form_ImpactForAgents", "impactForAgents", "Impact attendu pour les agents"),
        new("Form_ImpactForUsers", "impactForUsers", "Impact attendu pour les usagers"),
        new("Form_PriorActions", "priorActions", "Actions déjà menées"),
        new("Form_LessonsLearnt", "lessonsLearnt", "Enseignements tirés"),
        new("Form_MemberName", "teamMembers[0].name", "Nom du membre de l'équipe"),
        new("Form_MemberRole", "teamMembers[0].role", "Rôle du membre de l'équipe"),
        new("Form_MemberEmail", "teamMembers[0].email", "Adresse électronique du membre de l'équipe"),
        new("Form_Department", "territories[0].code", "Département concerné"),
        new("Form_ExpenseCategory", "budget.lines[0].category", "Catégorie de dépense"),
        new("Form_ExpenseLabel", "budget.lines[0].label", "Libellé de la dépense"),
        new("Form_ExpenseAmount", "budget.lines[0].amountCents", "Montant de la dépense"),
        new("Form_ProviderName", "budget.lines[0].providerName", "Prestataire"),
        new("Form_ProviderCountry", "budget.lines[0].providerCountry", "Pays du prestataire"),
        new("Form_RequestedAmount", "budget.requestedAmountCents", "Montant demandé"),
        new("Form_SignatoryName", "actOfCandidacy.signatoryName", "Nom du signataire"),
        new("Form_SignatoryPosition", "actOfCandidacy.position", "Fonction du signataire"),
        new("Form_SignatoryLevel", "actOfCandidacy.level", "Niveau du signataire"),
        new("Form_Signed", "actOfCandidacy.signed", "Signature de l'acte de candidature"),
    ];

    public static DossierForm From(Dossier dossier)
    {
        var content = dossier.Content ?? new DossierContent();
        var member = content.TeamMembers.FirstOrDefault();
        var line = content.Budget?.Lines.FirstOrDefault();
        var act = content.ActOfCandidacy;
        return new DossierForm
        {
            Title = content.Title is { Length: > 0 } title ? title : dossier.Title,
            ContactEmail = content.ContactEmail is { Length: > 0 } email ? email : dossier.ContactEmail,
            LeadType = content.LeadStructure?.Type ?? dossier.LeadStructureType,
            Theme = content.Theme,
            Maturity = content.Maturity,
            Problem = content.Problem,
            Context = content.Context,
            PriorityReform = content.PriorityReform,
            ImpactForAgents = content.ImpactForAgents,
            ImpactForUsers = content.ImpactForUsers,
            PriorActions = content.PriorActions,
            LessonsLearnt = content.LessonsLearnt,
            MemberName = member?.Name ?? "",
            MemberRole = member?.Role ?? "",
            MemberEmail = member?.Email ?? "",
            Department = content.Territories.FirstOrDefault()?.Code ?? "",
            ExpenseCategory = line?.Category ?? ExpenseCategory.Unspecified,
            ExpenseLabel = line?.Label ?? "",
            ExpenseAmount = line is null ? "" : EuroAmount.Typed(line.AmountCents),
            ProviderName = line?.ProviderName ?? "",
            ProviderCountry = line?.ProviderCountry ?? "",
            RequestedAmount = content.Budget is { RequestedAmountCents: > 0 } budget ? EuroAmount.Typed(budget.RequestedAmountCents) : "",
            SignatoryName = act?.SignatoryName ?? "",
            SignatoryPosition = act?.Position ?? "",
            SignatoryLevel = act?.Level ?? SignatoryLevel.Unspecified,
            Signed = act?.Signed ?? false,
        };
    }

    /// <summary>
    /// <paramref name="saved"/> with what the form edits replaced; the lead structure's name stays the dossier's. An
    /// amount that is not a number in euros is reported in <paramref name="errors"/> and sent as zero, so the platform's
    /// own checks of every other field still come back with it.
    /// </summary>
    public DossierContent ApplyTo(Dossier dossier, DateTimeOffset now, FormErrors errors)
    {
        var content = dossier.Content?.Clone() ?? new DossierContent();
        content.Title = Title.Trim();
        content.ContactEmail = ContactEmail.Trim();
        content.LeadStructure ??= new LeadStructure { Name = dossier.LeadStructureName };
        content.LeadStructure.Type = LeadType;
        content.Theme = Theme;
        content.Maturity = Maturity;
        content.Problem = Problem.Trim();
        content.Context = Context.Trim();
        content.PriorityReform = PriorityReform.Trim();
        content.ImpactForAgents = ImpactForAgents.Trim();
        content.ImpactForUsers = ImpactForUsers.Trim();
        content.PriorActions = PriorActions.Trim();
        content.LessonsLearnt = LessonsLearnt.Trim();
        ReplaceFirst(content.TeamMembers, Blank(MemberName, MemberRole, MemberEmail) ? null
            : new TeamMember { Name = MemberName.Trim(), Role = MemberRole.Trim(), Email = MemberEmail.Trim(), IsPublicAgent = true });
        ReplaceFirst(content.Territories, Blank(Department) ? null
            : new Territory { Kind = TerritoryKind.Department, Code = Department.Trim().ToUpperInvariant() });
        content.Budget ??= new Budget();
        ReplaceFirst(content.Budget.Lines, Blank(ExpenseLabel, ExpenseAmount, ProviderName, ProviderCountry) && ExpenseCategory == ExpenseCategory.Unspecified ? null
            : new BudgetLine
            {
                Category = ExpenseCategory, Label = ExpenseLabel.Trim(), AmountCents = EuroAmount.Read(ExpenseAmount, Field("Form_ExpenseAmount"), errors, 0),
                ProviderName = ProviderName.Trim(), ProviderCountry = ProviderCountry.Trim().ToUpperInvariant(),
            });
        content.Budget.RequestedAmountCents = EuroAmount.Read(RequestedAmount, Field("Form_RequestedAmount"), errors, 0);
        var today = ParisTime.DateOf(now);
        content.ActOfCandidacy = new ActOfCandidacy
        {
            SignatoryName = SignatoryName.Trim(), Position = SignatoryPosition.Trim(), Level = SignatoryLevel, Signed = Signed,
            SignedOn = Signed ? new Google.Type.Date { Year = today.Year, Month = today.Month, Day = today.Day } : null,
        };
        return content;
    }

    private static FormField Field(string input) => Fields.Single(field => field.Input == input);

    private static bool Blank(params string[] values) => values.All(string.IsNullOrWhiteSpace);

    private static void ReplaceFirst<T>(IList<T> items, T? first) where T : class
    {
        if (items.Count > 0)
        {
            items.RemoveAt(0);
        }
        if (first is not null)
        {
            items.Insert(0, first);
        }
    }
}
