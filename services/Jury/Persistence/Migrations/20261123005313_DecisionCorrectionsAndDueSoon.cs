using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Jury.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionCorrectionsAndDueSoon : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "due_soon_announcements",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_due_soon_announcements", x => new { x.dossier_id, x.due_on });
                });

            migrationBuilder.CreateIndex(
                name: "ix_phase_decisions_corrects_decision_id",
                table: "phase_decisions",
                column: "corrects_decision_id",
                unique: true,
                filter: "corrects_decision_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "due_soon_announcements");

            migrationBuilder.DropIndex(
                name: "ix_phase_decisions_corrects_decision_id",
                table: "phase_decisions");
        }
    }
}
