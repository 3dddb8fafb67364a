using System.Security.Claims;
using Defis.ServiceInfrastructure.Audit;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>The audit trail's hash chain and actor (decision 0028), without a database.</summary>
public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Filed = new(2021, 10, 15, 12, 0, 0, TimeSpan.FromHours(2));

    private static AuditTrailEntry Entry(string actorId = "agent-lyon", string role = "applicant", string action = "created",
        string type = "Dossier", string id = "d1", string? trace = null, string summary = "", DateTimeOffset? at = null) =>
        AuditTrailEntry.Record(at ?? Filed, new AuditActor(actorId, role), action, type, id, trace, summary);

    [Fact]
    public void The_hash_is_sha256_of_the_length_prefixed_fields_as_written_down()
    {
        // Computed independently (Python's hashlib over the same big-endian length-prefixed UTF-8 fields).
        Assert.Equal("26ccf08576188febc0a6c2e216302c2cc113a90eb49e79e84b6dd54edf271c45", AuditChain.Hash(Entry(), 1, AuditChain.Genesis));
    }

    public static TheoryData<string, AuditTrailEntry> OneFieldChanged => new()
    {
        { "actor", Entry(actorId: "agent-lille") },
        { "role", Entry(role: "programme-staff") },
        { "action", Entry(action: "deleted") },
        { "type", Entry(type: "Grant") },
        { "id", Entry(id: "d2") },
        { "trace", Entry(trace: "4bf92f3577b34da6a3ce929d0e0e4736") },
        { "summary", Entry(summary: "Status") },
        { "time, one tick later", Entry(at: Filed.AddTicks(1)) },
        { "a field's end moved into the next", Entry(actorId: "agent-lyona", role: "pplicant") },
    };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void Any_change_of_a_field_changes_the_hash(string what, AuditTrailEntry changed)
    {
        Assert.NotEqual(AuditChain.Hash(Entry(), 1, AuditChain.Genesis), AuditChain.Hash(changed, 1, AuditChain.Genesis));
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void The_position_and_the_previous_hash_are_part_of_the_hash()
    {
        var first = AuditChain.Hash(Entry(), 1, AuditChain.Genesis);

        Assert.NotEqual(first, AuditChain.Hash(Entry(), 2, AuditChain.Genesis));
        Assert.NotEqual(first, AuditChain.Hash(Entry(), 1, new string('1', 64)));
        Assert.Equal(first, AuditChain.Hash(Entry(), 1, AuditChain.Genesis));
    }

    [Fact]
    public void Sealing_chains_an_entry_to_the_one_before()
    {
        var entry = Entry();

        entry.Seal(7, AuditChain.Genesis);

        Assert.Equal((7L, AuditChain.Genesis), (entry.Position, entry.PreviousHash));
        Assert.Equal(AuditChain.Hash(entry, 7, AuditChain.Genesis), entry.Hash);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
    }

    [Fact]
    public void A_signed_in_person_is_recorded_by_subject_with_their_roles_in_order()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new("sub", "agent-lyon"), new("role", "programme-staff"), new("role", "applicant")], "Bearer"));

        Assert.Equal(new AuditActor("agent-lyon", "applicant programme-staff"), AuditActor.Of(user));
    }

    [Fact]
    public void Without_a_person_the_service_s_own_work_is_recorded_and_restored_after_it()
    {
        Assert.Equal(new AuditActor(AuditActor.System, ""), AuditActor.Of(null));
        using (AuditActor.Doing("événement DossierSelected"))
        {
            using (AuditActor.Doing("tâche AuditDigestPass"))
            {
                Assert.Equal(new AuditActor(AuditActor.System, "tâche AuditDigestPass"), AuditActor.Of(new ClaimsPrincipal(new ClaimsIdentity())));
            }
            Assert.Equal(new AuditActor(AuditActor.System, "événement DossierSelected"), AuditActor.Of(null));
        }
        Assert.Equal(new AuditActor(AuditActor.System, ""), AuditActor.Of(null));
    }
}
