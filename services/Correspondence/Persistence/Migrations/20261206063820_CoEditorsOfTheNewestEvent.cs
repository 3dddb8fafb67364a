using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Correspondence.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoEditorsOfTheNewestEvent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "co_editors_as_of",
                table: "dossier_teams",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: DateTimeOffset.UnixEpoch);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "co_editors_as_of",
                table: "dossier_teams");
        }
    }
}
