using Defis.Contracts.Jury.V1;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using GridContract = Defis.Contracts.Jury.V1.Grid;
using PanelContract = Defis.Contracts.Jury.V1.Panel;

namespace Defis.Jury.Grpc;

[Authorize(Roles = $"{Roles.ProgrammeStaff},{Roles.PanelPresident},{Roles.Juror}")]
public sealed class PanelsService(JuryDbContext db, TimeProvider time) : Panels.PanelsBase
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<PanelContract> CreatePanel(CreatePanelRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var panel = Domain.Panel.Create(request.ProgrammeCode, request.Phase.As<Defis.SharedKernel.Phase>(), context.Actor(), time.GetUtcNow());
        if (!await db.Programmes.AnyAsync(p => p.Code == panel.ProgrammeCode, cancellationToken))
        {
            throw new PreconditionFailedException("PROGRAMME_UNKNOWN", panel.ProgrammeCode,
                $"L'appel {panel.ProgrammeCode} n'est pas (encore) publié : son jury ne peut pas être constitué.");
        }
        var duplicate = $"L'appel {panel.ProgrammeCode} a déjà un jury pour la phase {panel.Phase.InFrench()}.";
        if (await db.Panels.AnyAsync(p => p.ProgrammeCode == panel.ProgrammeCode && p.Phase == panel.Phase, cancellationToken))
        {
            throw new ConflictException(duplicate, alreadyExists: true);
        }
        db.Panels.Add(panel);
        await db.SaveUniqueAsync(duplicate, cancellationToken);
        return panel.ToContract();
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<PanelContract> AddPanelMember(AddPanelMemberRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        if (request.Member is null)
        {
            new FieldViolations().Add("member", "Ce champ est obligatoire.").ThrowIfAny();
        }
        var panel = await db.PanelAsync(id, context.CancellationToken);
        RequestValues.Under("member", () => panel.AddMember(request.Member!.ToDomain(), context.Actor(), time.GetUtcNow()));
        await db.SaveChangesAsync(context.CancellationToken);
        return panel.ToContract();
    }

    public override async Task<PanelContract> GetPanel(GetPanelRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        return (await db.VisiblePanelAsync(id, context.Actor(), context.CancellationToken)).ToContract();
    }

    /// <summary>Found through the panels' members, not through assignments: a president who reviews nothing still sits on the panel.</summary>
    [Authorize(Roles = $"{Roles.Juror},{Roles.PanelPresident}")]
    public override async Task<ListMyPanelsResponse> ListMyPanels(ListMyPanelsRequest request, ServerCallContext context)
    {
        var me = context.Actor().UserId;
        var panels = await db.PanelsOfAsync(me, context.CancellationToken);
        return new ListMyPanelsResponse
        {
            Panels = { panels.OrderBy(p => p.ProgrammeCode, StringComparer.Ordinal).ThenBy(p => p.Phase).Select(p => p.MembershipOf(me)) },
        };
    }

    /// <summary>Staff set up a call's juries from here; a call Jury has not heard of yet is the platform's 404.</summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ListProgrammePanelsResponse> ListProgrammePanels(ListProgrammePanelsRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var programme = await db.ProgrammeAsync(request.ProgrammeCode, cancellationToken);
        var panels = await db.Panels.AsNoTracking().Where(p => p.ProgrammeCode == programme.Code).ToListAsync(cancellationToken);
        return new ListProgrammePanelsResponse { Panels = { panels.OrderBy(p => p.Phase).Select(p => p.ToContract()) } };
    }

    /// <summary>Version 1, an edit of the latest unfrozen version, or the next version of a frozen one.</summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<GridContract> DefineGrid(DefineGridRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var criteria = request.RequestedCriteria();
        var cancellationToken = context.CancellationToken;
        var panel = await db.PanelAsync(id, cancellationToken);
        var actor = context.Actor();
        var now = time.GetUtcNow();
        var latest = await db.LatestGridAsync(panel.ProgrammeCode, panel.Phase, cancellationToken);
        var grid = latest;
        if (latest is null)
        {
            grid = db.Grids.Add(Domain.EvaluationGrid.Create(panel.ProgrammeCode, panel.Phase, criteria, actor, now)).Entity;
        }
        else if (latest.IsFrozen)
        {
            grid = db.Grids.Add(latest.NextVersion(criteria, actor, now)).Entity;
        }
        else
        {
            latest.ReplaceCriteria(criteria, actor, now);
        }
        await db.SaveUniqueAsync("La grille vient d'être modifiée par ailleurs : relisez-la puis réessayez.", cancellationToken);
        return grid!.ToContract();
    }

    public override async Task<GridContract> GetGrid(GetGridRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var cancellationToken = context.CancellationToken;
        var panel = await db.VisiblePanelAsync(id, context.Actor(), cancellationToken);
        var grid = request.Version > 0
            ? await db.Grids.SingleOrDefaultAsync(g => g.ProgrammeCode == panel.ProgrammeCode && g.Phase == panel.Phase && g.Version == request.Version, cancellationToken)
            : await db.LatestGridAsync(panel.ProgrammeCode, panel.Phase, cancellationToken);
        return grid?.ToContract() ?? throw new NotFoundException("Grille", request.Version > 0 ? $"v{request.Version}" : panel.Id.ToString());
    }
}
