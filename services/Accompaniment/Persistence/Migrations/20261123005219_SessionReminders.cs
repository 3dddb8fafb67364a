using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Accompaniment.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reminded_for",
                table: "sessions",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reminded_for",
                table: "sessions");
        }
    }
}
