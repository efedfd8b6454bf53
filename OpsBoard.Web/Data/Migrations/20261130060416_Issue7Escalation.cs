using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue7Escalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "State",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<long>(
                name: "OlaTargetId",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "Passes",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Reason",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Route",
                table: "JeopardyAlerts",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MajorIncidentProposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfigurationItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DismissalReason = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    MajorIncidentId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MajorIncidentProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MajorIncidentProposals_ConfigurationItems_ConfigurationItemId",
                        column: x => x.ConfigurationItemId,
                        principalTable: "ConfigurationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MajorIncidentProposals_Records_MajorIncidentId",
                        column: x => x.MajorIncidentId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MajorIncidentProposals_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProposedIncidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposedIncidents_MajorIncidentProposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "MajorIncidentProposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposedIncidents_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MajorIncidentProposals_ConfigurationItemId",
                table: "MajorIncidentProposals",
                column: "ConfigurationItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MajorIncidentProposals_MajorIncidentId",
                table: "MajorIncidentProposals",
                column: "MajorIncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_MajorIncidentProposals_ServiceId",
                table: "MajorIncidentProposals",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_MajorIncidentProposals_Status_RaisedAt",
                table: "MajorIncidentProposals",
                columns: new[] { "Status", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposedIncidents_ProposalId",
                table: "ProposedIncidents",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedIncidents_RecordId",
                table: "ProposedIncidents",
                column: "RecordId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposedIncidents");

            migrationBuilder.DropTable(
                name: "MajorIncidentProposals");

            migrationBuilder.DropColumn(
                name: "Passes",
                table: "JeopardyAlerts");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "JeopardyAlerts");

            migrationBuilder.DropColumn(
                name: "Route",
                table: "JeopardyAlerts");

            migrationBuilder.AlterColumn<int>(
                name: "State",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "OlaTargetId",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "JeopardyAlerts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
