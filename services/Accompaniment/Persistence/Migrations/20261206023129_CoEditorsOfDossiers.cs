using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Accompaniment.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoEditorsOfDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_teams",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    co_editor_emails = table.Column<List<string>>(type: "text[]", nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_teams", x => x.dossier_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_teams_co_editor_emails",
                table: "dossier_teams",
                column: "co_editor_emails")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_teams");
        }
    }
}
