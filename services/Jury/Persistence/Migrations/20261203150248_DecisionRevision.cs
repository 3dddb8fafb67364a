using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Defis.Jury.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DecisionRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "phase_decisions",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Corrections already released: one more than the decision each corrects, down the chain.
            migrationBuilder.Sql("""
                WITH RECURSIVE chain AS (
                    SELECT id, 1 AS revision FROM phase_decisions WHERE corrects_decision_id IS NULL
                    UNION ALL
                    SELECT d.id, chain.revision + 1 FROM phase_decisions d JOIN chain ON d.corrects_decision_id = chain.id)
                UPDATE phase_decisions SET revision = chain.revision FROM chain WHERE phase_decisions.id = chain.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "revision",
                table: "phase_decisions");
        }
    }
}
