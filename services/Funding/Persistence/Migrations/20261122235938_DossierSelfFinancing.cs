using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Funding.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DossierSelfFinancing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "self_financing_cents",
                table: "dossiers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "self_financing_cents",
                table: "dossiers");
        }
    }
}
