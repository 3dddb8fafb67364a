using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Notification.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NoticeAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "attachment_content",
                table: "deliveries",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attachment_name",
                table: "deliveries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attachment_content",
                table: "deliveries");

            migrationBuilder.DropColumn(
                name: "attachment_name",
                table: "deliveries");
        }
    }
}
