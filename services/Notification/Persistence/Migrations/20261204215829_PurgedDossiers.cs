using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Notification.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PurgedDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "dossier_id",
                table: "inbox_notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "dossier_id",
                table: "deliveries",
                type: "uuid",
                nullable: true);

            // Rows written before: only a webhook call kept its event (the body's data.dossierId); the inbox entries and
            // emails of the same event are linked from it. The others stay unlinked and a purge does not find them.
            migrationBuilder.Sql("""
                UPDATE deliveries d SET dossier_id = (w.body::jsonb #>> '{data,dossierId}')::uuid
                FROM deliveries w WHERE w.channel = 'Webhook' AND w.source_event_id = d.source_event_id AND w.body::jsonb #>> '{data,dossierId}' IS NOT NULL;
                UPDATE inbox_notifications n SET dossier_id = (w.body::jsonb #>> '{data,dossierId}')::uuid
                FROM deliveries w WHERE w.channel = 'Webhook' AND w.source_event_id = n.source_event_id AND w.body::jsonb #>> '{data,dossierId}' IS NOT NULL;
                """);

            migrationBuilder.CreateTable(
                name: "purged_dossiers",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_purged_dossiers", x => x.dossier_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_notifications_dossier_id",
                table: "inbox_notifications",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_dossier_id",
                table: "deliveries",
                column: "dossier_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "purged_dossiers");

            migrationBuilder.DropIndex(
                name: "ix_inbox_notifications_dossier_id",
                table: "inbox_notifications");

            migrationBuilder.DropIndex(
                name: "ix_deliveries_dossier_id",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "dossier_id",
                table: "inbox_notifications");

            migrationBuilder.DropColumn(
                name: "dossier_id",
                table: "deliveries");
        }
    }
}
