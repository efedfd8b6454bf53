using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CmdbProblemsChangesAndEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "SupportGroups",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSecurityGroup",
                table: "SupportGroups",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "Services",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "AwaitingChangeId",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ProblemId",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "ConfigurationItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ServiceManagerId",
                table: "ConfigurationItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedStart = table.Column<long>(type: "INTEGER", nullable: true),
                    PlannedEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ImplementedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Changes_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "Problems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Workaround = table.Column<string>(type: "TEXT", nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    KnownErrorAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Problems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Problems_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChangeHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeHistory_Changes_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "Changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecordChanges",
                columns: table => new
                {
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordChanges", x => new { x.RecordId, x.ChangeId });
                    table.ForeignKey(
                        name: "FK_RecordChanges_Changes_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "Changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecordChanges_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
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

            migrationBuilder.CreateTable(
                name: "ProblemHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProblemId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProblemHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProblemHistory_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "NumberSeries",
                columns: new[] { "Prefix", "LastNumber" },
                values: new object[,]
                {
                    { "CHG", 0L },
                    { "PRB", 0L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Records_AwaitingChangeId",
                table: "Records",
                column: "AwaitingChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ProblemId",
                table: "Records",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationItems_Name",
                table: "ConfigurationItems",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationItems_ServiceManagerId",
                table: "ConfigurationItems",
                column: "ServiceManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeHistory_ChangeId_Id",
                table: "ChangeHistory",
                columns: new[] { "ChangeId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Changes_Number",
                table: "Changes",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Changes_OwnerId",
                table: "Changes",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Changes_Status_RequestedAt",
                table: "Changes",
                columns: new[] { "Status", "RequestedAt" });

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
                name: "IX_ProblemHistory_ProblemId_Id",
                table: "ProblemHistory",
                columns: new[] { "ProblemId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Problems_Number",
                table: "Problems",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Problems_OwnerId",
                table: "Problems",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Problems_Status_OpenedAt",
                table: "Problems",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposedIncidents_ProposalId",
                table: "ProposedIncidents",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedIncidents_RecordId",
                table: "ProposedIncidents",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordChanges_ChangeId",
                table: "RecordChanges",
                column: "ChangeId");

            migrationBuilder.AddForeignKey(
                name: "FK_ConfigurationItems_People_ServiceManagerId",
                table: "ConfigurationItems",
                column: "ServiceManagerId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Records_Changes_AwaitingChangeId",
                table: "Records",
                column: "AwaitingChangeId",
                principalTable: "Changes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Records_Problems_ProblemId",
                table: "Records",
                column: "ProblemId",
                principalTable: "Problems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConfigurationItems_People_ServiceManagerId",
                table: "ConfigurationItems");

            migrationBuilder.DropForeignKey(
                name: "FK_Records_Changes_AwaitingChangeId",
                table: "Records");

            migrationBuilder.DropForeignKey(
                name: "FK_Records_Problems_ProblemId",
                table: "Records");

            migrationBuilder.DropTable(
                name: "ChangeHistory");

            migrationBuilder.DropTable(
                name: "ProblemHistory");

            migrationBuilder.DropTable(
                name: "ProposedIncidents");

            migrationBuilder.DropTable(
                name: "RecordChanges");

            migrationBuilder.DropTable(
                name: "Problems");

            migrationBuilder.DropTable(
                name: "MajorIncidentProposals");

            migrationBuilder.DropTable(
                name: "Changes");

            migrationBuilder.DropIndex(
                name: "IX_Records_AwaitingChangeId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_ProblemId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_ConfigurationItems_Name",
                table: "ConfigurationItems");

            migrationBuilder.DropIndex(
                name: "IX_ConfigurationItems_ServiceManagerId",
                table: "ConfigurationItems");

            migrationBuilder.DeleteData(
                table: "NumberSeries",
                keyColumn: "Prefix",
                keyValue: "CHG");

            migrationBuilder.DeleteData(
                table: "NumberSeries",
                keyColumn: "Prefix",
                keyValue: "PRB");

            migrationBuilder.DropColumn(
                name: "IsRetired",
                table: "SupportGroups");

            migrationBuilder.DropColumn(
                name: "IsSecurityGroup",
                table: "SupportGroups");

            migrationBuilder.DropColumn(
                name: "IsRetired",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "AwaitingChangeId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "ProblemId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "IsRetired",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Passes",
                table: "JeopardyAlerts");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "JeopardyAlerts");

            migrationBuilder.DropColumn(
                name: "Route",
                table: "JeopardyAlerts");

            migrationBuilder.DropColumn(
                name: "IsRetired",
                table: "ConfigurationItems");

            migrationBuilder.DropColumn(
                name: "ServiceManagerId",
                table: "ConfigurationItems");

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
