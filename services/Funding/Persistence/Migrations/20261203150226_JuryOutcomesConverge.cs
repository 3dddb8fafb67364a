using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Funding.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JuryOutcomesConverge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "selection_withdrawn",
                table: "grants",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "jury_outcomes",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    selected = table.Column<bool>(type: "boolean", nullable: false),
                    recommended_grant_cents = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jury_outcomes", x => new { x.dossier_id, x.phase });
                });

            // Selections known so far become outcomes of revision 1; the programme comes from the grant or the dossier.
            migrationBuilder.Sql("""
                INSERT INTO jury_outcomes (dossier_id, phase, programme_id, decision_id, revision, decided_at, decided_by, selected)
                SELECT s.dossier_id, s.phase, p.programme_id, s.decision_id, 1, s.selected_at, 'jury', TRUE
                FROM dossier_selections s
                CROSS JOIN LATERAL (
                    SELECT COALESCE(
                        (SELECT g.programme_id FROM grants g WHERE g.dossier_id = s.dossier_id LIMIT 1),
                        (SELECT d.programme_id FROM dossiers d WHERE d.dossier_id = s.dossier_id)) AS programme_id) p
                WHERE p.programme_id IS NOT NULL;
                """);

            migrationBuilder.DropTable(
                name: "dossier_selections");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jury_outcomes");

            migrationBuilder.DropColumn(
                name: "selection_withdrawn",
                table: "grants");

            migrationBuilder.CreateTable(
                name: "dossier_selections",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    selected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_selections", x => new { x.dossier_id, x.phase });
                });
        }
    }
}
