using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Notification.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LeadStructureOfDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "lead_structure_name",
                table: "dossier_contacts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lead_structure_name",
                table: "dossier_contacts");
        }
    }
}
