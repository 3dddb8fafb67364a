using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Submission.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Calls created before retention existed keep the default, as their terms (JSON) read it (decision 0032).
            migrationBuilder.AddColumn<int>(
                name: "retention_months",
                table: "programmes",
                type: "integer",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<string>(
                name: "purge_reason",
                table: "dossiers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "purge_warned_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "purged_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "retention_months",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "purge_reason",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "purge_warned_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "purged_at",
                table: "dossiers");
        }
    }
}
