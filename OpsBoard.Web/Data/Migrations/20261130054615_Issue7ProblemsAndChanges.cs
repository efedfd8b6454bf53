using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue7ProblemsAndChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_RecordChanges_ChangeId",
                table: "RecordChanges",
                column: "ChangeId");

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
                name: "RecordChanges");

            migrationBuilder.DropTable(
                name: "Problems");

            migrationBuilder.DropTable(
                name: "Changes");

            migrationBuilder.DropIndex(
                name: "IX_Records_AwaitingChangeId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_ProblemId",
                table: "Records");

            migrationBuilder.DeleteData(
                table: "NumberSeries",
                keyColumn: "Prefix",
                keyValue: "CHG");

            migrationBuilder.DeleteData(
                table: "NumberSeries",
                keyColumn: "Prefix",
                keyValue: "PRB");

            migrationBuilder.DropColumn(
                name: "AwaitingChangeId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "ProblemId",
                table: "Records");
        }
    }
}
