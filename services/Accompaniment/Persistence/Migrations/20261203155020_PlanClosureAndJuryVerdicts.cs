using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Accompaniment.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PlanClosureAndJuryVerdicts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "support_plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure_reason",
                table: "support_plans",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "jury_verdicts",
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
                    waiting_for = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    waiting_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jury_verdicts", x => new { x.dossier_id, x.phase });
                });

            migrationBuilder.CreateIndex(
                name: "ix_jury_verdicts_programme_id_waiting_for",
                table: "jury_verdicts",
                columns: new[] { "programme_id", "waiting_for" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jury_verdicts");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "support_plans");

            migrationBuilder.DropColumn(
                name: "closure_reason",
                table: "support_plans");
        }
    }
}
