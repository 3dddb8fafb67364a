namespace Defis.Correspondence.Domain.Access;

/// <summary>
/// Who is calling, as the gateway's identity says: a user id, the e-mail the token carries (co-editors are invited by
/// e-mail) and whether the token has the programme staff role.
/// </summary>
public sealed record Caller(string UserId, string? Email, bool IsStaff);
