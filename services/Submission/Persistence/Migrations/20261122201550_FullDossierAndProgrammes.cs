using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Submission.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FullDossierAndProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "co_editor_emails",
                table: "dossiers",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "correction",
                table: "dossiers",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "details",
                table: "dossiers",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{\"maturity\":null,\"narrative\":{\"problem\":\"\",\"context\":\"\",\"priorityReform\":\"\",\"impactForAgents\":\"\",\"impactForUsers\":\"\",\"priorActions\":\"\",\"lessonsLearnt\":\"\"},\"partners\":[],\"team\":[],\"territories\":[],\"budget\":{\"lines\":[],\"requestedCents\":0},\"actOfCandidacy\":null}'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "history",
                table: "dossiers",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "lead_structure_siret",
                table: "dossiers",
                type: "character varying(14)",
                maxLength: 14,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reference",
                table: "dossiers",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "selected_phase",
                table: "dossiers",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "submitted_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "territory_keys",
                table: "dossiers",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "theme",
                table: "dossiers",
                type: "character varying(120)",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reference_counters",
                columns: table => new
                {
                    programme_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    last_rank = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reference_counters", x => x.programme_code);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_co_editor_emails",
                table: "dossiers",
                column: "co_editor_emails")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_programme_code_reference",
                table: "dossiers",
                columns: new[] { "programme_code", "reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_programme_code_status_id",
                table: "dossiers",
                columns: new[] { "programme_code", "status", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_territory_keys",
                table: "dossiers",
                column: "territory_keys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_code",
                table: "programmes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programmes_status_closes_at",
                table: "programmes",
                columns: new[] { "status", "closes_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "reference_counters");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_co_editor_emails",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_programme_code_reference",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_programme_code_status_id",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_territory_keys",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "co_editor_emails",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "correction",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "details",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "history",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "lead_structure_siret",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "reference",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "selected_phase",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "submitted_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "territory_keys",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "theme",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "dossiers");
        }
    }
}
