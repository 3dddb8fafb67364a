using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Defis.Funding.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    owner_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisations = table.Column<int>(type: "integer", nullable: false),
                    territories = table.Column<int>(type: "integer", nullable: false),
                    requested_amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    self_financing_cents = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossiers", x => x.dossier_id);
                });

            migrationBuilder.CreateTable(
                name: "envelopes",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    total = table.Column<long>(type: "bigint", nullable: false),
                    committed = table.Column<long>(type: "bigint", nullable: false),
                    disbursed = table.Column<long>(type: "bigint", nullable: false),
                    highest_threshold_reported = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_envelopes", x => x.programme_id);
                    table.CheckConstraint("ck_envelopes_committed_within_total", "committed >= 0 AND committed <= total");
                    table.CheckConstraint("ck_envelopes_disbursed_within_committed", "disbursed >= 0 AND disbursed <= committed");
                });

            migrationBuilder.CreateTable(
                name: "expense_ledgers",
                columns: table => new
                {
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budgets = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expense_ledgers", x => x.grant_id);
                });

            migrationBuilder.CreateTable(
                name: "funding_events",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<string>(type: "json", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_events", x => new { x.programme_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    self_financing = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    committed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    committed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    selection_withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    collectivity_organisations = table.Column<int>(type: "integer", nullable: false),
                    collectivity_territories = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "jury_outcomes",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    selected = table.Column<bool>(type: "boolean", nullable: false),
                    recommended_grant_cents = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_jury_outcomes", x => new { x.dossier_id, x.phase });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programme_event_counters",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_event_counters", x => x.programme_id);
                });

            migrationBuilder.CreateTable(
                name: "programme_partners",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_partners", x => new { x.programme_id, x.partner_id });
                });

            migrationBuilder.CreateTable(
                name: "programme_rules",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ranges = table.Column<string>(type: "jsonb", nullable: false),
                    collective_allowance_percent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_rules", x => x.programme_id);
                });

            migrationBuilder.CreateTable(
                name: "envelope_phases",
                columns: table => new
                {
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    allocation = table.Column<long>(type: "bigint", nullable: true),
                    committed = table.Column<long>(type: "bigint", nullable: false),
                    disbursed = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_envelope_phases", x => new { x.programme_id, x.phase });
                    table.CheckConstraint("ck_envelope_phases_within_allocation", "allocation IS NULL OR committed <= allocation");
                    table.ForeignKey(
                        name: "fk_envelope_phases_envelopes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "envelopes",
                        principalColumn: "programme_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expense_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    declared_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rejections = table.Column<string>(type: "jsonb", nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    declaration_amount = table.Column<long>(type: "bigint", nullable: false),
                    declaration_category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    declaration_date = table.Column<DateOnly>(type: "date", nullable: false),
                    declaration_invoice_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    declaration_provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    declaration_provider_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expense_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_expense_lines_expense_ledgers_grant_id",
                        column: x => x.grant_id,
                        principalTable: "expense_ledgers",
                        principalColumn: "grant_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_tranches",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    share_basis_points = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    milestone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    amount = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_tranches", x => new { x.grant_id, x.number });
                    table.CheckConstraint("ck_grant_tranches_released_once", "(status = 'Released') = (released_at IS NOT NULL)");
                    table.ForeignKey(
                        name: "fk_grant_tranches_grants_grant_id",
                        column: x => x.grant_id,
                        principalTable: "grants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_owner_id",
                table: "dossiers",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "ix_expense_lines_grant_id_declared_at",
                table: "expense_lines",
                columns: new[] { "grant_id", "declared_at" });

            migrationBuilder.CreateIndex(
                name: "ix_funding_events_event_id",
                table: "funding_events",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_dossier_id_phase",
                table: "grants",
                columns: new[] { "dossier_id", "phase" },
                unique: true,
                filter: "status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ix_grants_programme_id_id",
                table: "grants",
                columns: new[] { "programme_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_id",
                table: "outbox_messages",
                column: "aggregate_id",
                filter: "published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_published_at",
                table: "outbox_messages",
                column: "published_at",
                filter: "published_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_sequence",
                table: "outbox_messages",
                column: "sequence",
                filter: "published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_programme_partners_partner_id",
                table: "programme_partners",
                column: "partner_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossiers");

            migrationBuilder.DropTable(
                name: "envelope_phases");

            migrationBuilder.DropTable(
                name: "expense_lines");

            migrationBuilder.DropTable(
                name: "funding_events");

            migrationBuilder.DropTable(
                name: "grant_tranches");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "jury_outcomes");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "programme_event_counters");

            migrationBuilder.DropTable(
                name: "programme_partners");

            migrationBuilder.DropTable(
                name: "programme_rules");

            migrationBuilder.DropTable(
                name: "envelopes");

            migrationBuilder.DropTable(
                name: "expense_ledgers");

            migrationBuilder.DropTable(
                name: "grants");
        }
    }
}
