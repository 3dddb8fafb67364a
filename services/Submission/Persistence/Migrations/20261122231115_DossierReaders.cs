using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Submission.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DossierReaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_readers",
                columns: table => new
                {
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    juror_user_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_readers", x => x.assignment_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_readers_dossier_id_juror_user_id",
                table: "dossier_readers",
                columns: new[] { "dossier_id", "juror_user_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_readers");
        }
    }
}
