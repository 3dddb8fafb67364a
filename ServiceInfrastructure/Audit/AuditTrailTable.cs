using Microsoft.EntityFrameworkCore.Migrations;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// Makes a service's audit table append-only in the database itself: a sealed entry can be neither changed nor removed,
/// an unsealed one only sealed, and the table not truncated. Whoever can drop the trigger can still rewrite rows: the
/// hash chain and the daily digests are what tell (AuditVerifier).
/// </summary>
public static class AuditTrailTable
{
    public static void MakeAppendOnly(MigrationBuilder migration)
    {
        migration.Sql("""
            CREATE FUNCTION audit_trail_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP <> 'UPDATE' THEN
                RAISE EXCEPTION 'audit_trail is append-only: an entry is never removed';
              END IF;
              IF OLD.position IS NOT NULL
                 OR ROW(NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_role, NEW.action, NEW.target_type, NEW.target_id, NEW.trace_id, NEW.summary)
                    IS DISTINCT FROM ROW(OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_role, OLD.action, OLD.target_type, OLD.target_id, OLD.trace_id, OLD.summary) THEN
                RAISE EXCEPTION 'audit_trail is append-only: an entry is sealed once and never changed';
              END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
              FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
            CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
              FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_append_only();
            """);
    }

    public static void DropAppendOnly(MigrationBuilder migration) =>
        migration.Sql("DROP TRIGGER IF EXISTS audit_trail_no_truncate ON audit_trail; DROP TRIGGER IF EXISTS audit_trail_append_only ON audit_trail; DROP FUNCTION IF EXISTS audit_trail_append_only();");
}
