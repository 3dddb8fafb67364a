using Contract = Defis.Contracts.Jury.V1;

namespace Defis.Jury.Grpc;

internal static class ConflictMapping
{
    public static Contract.ConflictDeclaration ToContract(this Domain.ConflictDeclaration declaration) => new()
    {
        Id = declaration.Id.ToString(),
        JurorUserId = declaration.JurorUserId,
        TargetKind = (Contract.ConflictTargetKind)(int)declaration.TargetKind,
        Target = declaration.Target,
        Type = (Contract.ConflictType)(int)declaration.Type,
        Note = declaration.Note ?? "",
        DeclaredBy = declaration.DeclaredBy,
        DeclaredAt = declaration.DeclaredAt.ToContract(),
    };

    public static Contract.ConflictOverride ToContract(this Domain.ConflictOverride granted) => new()
    {
        Id = granted.Id.ToString(),
        JurorUserId = granted.JurorUserId,
        DossierId = granted.DossierId.ToString(),
        Reason = granted.Reason,
        GrantedBy = granted.GrantedBy,
        GrantedAt = granted.GrantedAt.ToContract(),
    };
}
