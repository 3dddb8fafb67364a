using Defis.Jury.Domain;
using Contract = Defis.Contracts.Jury.V1;

namespace Defis.Jury.Grpc;

internal static class PanelMapping
{
    public static Contract.Panel ToContract(this Panel panel) => new()
    {
        Id = panel.Id.ToString(),
        ProgrammeCode = panel.ProgrammeCode,
        Phase = (Contract.Phase)(int)panel.Phase,
        CreatedAt = panel.CreatedAt.ToContract(),
        Members =
        {
            panel.Members.Select(m => new Contract.PanelMember
            {
                UserId = m.UserId,
                DisplayName = m.DisplayName,
                Organisation = m.Organisation,
                Kind = (Contract.MemberKind)(int)m.Kind,
                Role = (Contract.PanelRole)(int)m.Role,
            }),
        },
    };

    /// <summary>The caller's seat on a panel they sit on.</summary>
    public static Contract.PanelMembership MembershipOf(this Panel panel, string userId) => new()
    {
        PanelId = panel.Id.ToString(),
        ProgrammeCode = panel.ProgrammeCode,
        Phase = (Contract.Phase)(int)panel.Phase,
        Role = (Contract.PanelRole)(int)(panel.Find(userId)?.Role ?? throw new ArgumentException($"{userId} does not sit on panel {panel.Id}.", nameof(userId))),
    };

    public static PanelMember ToDomain(this Contract.PanelMember member) =>
        new(member.UserId, member.DisplayName, member.Organisation, member.Kind.As<MemberKind>(), member.Role.As<PanelRole>());

    public static Contract.Grid ToContract(this EvaluationGrid grid) => new()
    {
        Id = grid.Id.ToString(),
        ProgrammeCode = grid.ProgrammeCode,
        Phase = (Contract.Phase)(int)grid.Phase,
        Version = grid.Version,
        PreviousVersionId = grid.PreviousVersionId?.ToString() ?? "",
        FrozenAt = grid.FrozenAt.ToContract(),
        Criteria =
        {
            grid.Criteria.Select(c => new Contract.Criterion
            {
                Code = c.Code,
                Label = c.Label,
                Weight = c.Weight,
                ScaleMax = c.ScaleMax,
                CommentRequired = c.CommentRequired,
            }),
        },
    };

    /// <summary>The criteria asked for: the request's own, or one of the known calls' grids (not both, not neither).</summary>
    public static IReadOnlyList<Criterion> RequestedCriteria(this Contract.DefineGridRequest request)
    {
        var errors = new Defis.SharedKernel.Errors.FieldViolations();
        if (request.DefaultGrid != Contract.DefaultGrid.Unspecified && request.Criteria.Count > 0)
        {
            errors.Add("default_grid", "Donnez soit des critères, soit une grille par défaut, pas les deux.");
        }
        var criteria = request.DefaultGrid switch
        {
            Contract.DefaultGrid.Unspecified => request.Criteria.Select(c => new Criterion(c.Code, c.Label, c.Weight, c.ScaleMax, c.CommentRequired)).ToArray(),
            Contract.DefaultGrid.CartesBlanches2018 => DefaultGrids.CartesBlanches2018,
            Contract.DefaultGrid.CoConstruction2021 => DefaultGrids.CoConstruction2021,
            _ => [],
        };
        if (!Enum.IsDefined(request.DefaultGrid))
        {
            errors.Add("default_grid", $"Valeur inconnue : {(int)request.DefaultGrid}.");
        }
        errors.ThrowIfAny();
        return criteria;
    }
}
