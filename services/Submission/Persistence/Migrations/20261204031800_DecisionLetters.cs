using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Submission.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "rationale",
                table: "jury_verdicts",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "replaced_decided_at",
                table: "jury_verdicts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "replaced_decision_id",
                table: "jury_verdicts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "replaced_selected",
                table: "jury_verdicts",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "rationale",
                table: "jury_verdicts");

            migrationBuilder.DropColumn(
                name: "replaced_decided_at",
                table: "jury_verdicts");

            migrationBuilder.DropColumn(
                name: "replaced_decision_id",
                table: "jury_verdicts");

            migrationBuilder.DropColumn(
                name: "replaced_selected",
                table: "jury_verdicts");
        }
    }
}
