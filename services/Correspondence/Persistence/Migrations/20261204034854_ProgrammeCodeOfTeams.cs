using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Correspondence.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammeCodeOfTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "programme_code",
                table: "dossier_teams",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossier_teams_programme_code",
                table: "dossier_teams",
                column: "programme_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossier_teams_programme_code",
                table: "dossier_teams");

            migrationBuilder.DropColumn(
                name: "programme_code",
                table: "dossier_teams");
        }
    }
}
