using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Funding.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OpenDataOfGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "lead_structure_name",
                table: "dossiers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "lead_structure_siret",
                table: "dossiers",
                type: "character varying(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title",
                table: "dossiers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lead_structure_name",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "lead_structure_siret",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "title",
                table: "dossiers");
        }
    }
}
