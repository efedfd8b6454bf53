using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Change = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Calendars",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsTwentyFourSeven = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calendars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberSeries",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LastNumber = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSeries", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "OlaPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupportGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Response = table.Column<long>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<long>(type: "INTEGER", nullable: false),
                    CalendarName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WatchPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    JeopardyPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    BreachedPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    StopClockReasons = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OlaPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriorityMatrix",
                columns: table => new
                {
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityMatrix", x => new { x.Impact, x.Urgency });
                });

            migrationBuilder.CreateTable(
                name: "SupportGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CalendarId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkingDays = table.Column<string>(type: "TEXT", nullable: false),
                    Holidays = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarVersions_Calendars_CalendarId",
                        column: x => x.CalendarId,
                        principalTable: "Calendars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupMembership",
                columns: table => new
                {
                    GroupsId = table.Column<int>(type: "INTEGER", nullable: false),
                    MembersId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMembership", x => new { x.GroupsId, x.MembersId });
                    table.ForeignKey(
                        name: "FK_GroupMembership_People_MembersId",
                        column: x => x.MembersId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupMembership_SupportGroups_GroupsId",
                        column: x => x.GroupsId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceManagerId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondLineGroupId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Services_People_ServiceManagerId",
                        column: x => x.ServiceManagerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Services_SupportGroups_SecondLineGroupId",
                        column: x => x.SecondLineGroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConfigurationItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwningGroupId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfigurationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfigurationItems_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConfigurationItems_SupportGroups_OwningGroupId",
                        column: x => x.OwningGroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Caller = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfigurationItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorityOverridden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingReason = table.Column<int>(type: "INTEGER", nullable: true),
                    AssignmentGroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssigneeId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupportLine = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolutionCode = table.Column<int>(type: "INTEGER", nullable: true),
                    ResolutionNote = table.Column<string>(type: "TEXT", nullable: true),
                    ReassignmentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Records_ConfigurationItems_ConfigurationItemId",
                        column: x => x.ConfigurationItemId,
                        principalTable: "ConfigurationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_People_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_SupportGroups_AssignmentGroupId",
                        column: x => x.AssignmentGroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "History",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_History", x => x.Id);
                    table.ForeignKey(
                        name: "FK_History_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OlaTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Segment = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<long>(type: "INTEGER", nullable: false),
                    CalendarName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StopReason = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Due = table.Column<long>(type: "INTEGER", nullable: true),
                    NextTransitionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PercentUsed = table.Column<double>(type: "REAL", nullable: false),
                    BreachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Thresholds_BreachedPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Thresholds_JeopardyPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Thresholds_WatchPercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OlaTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OlaTargets_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JeopardyAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    OlaTargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    Due = table.Column<long>(type: "INTEGER", nullable: true),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcknowledgementNote = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JeopardyAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JeopardyAlerts_OlaTargets_OlaTargetId",
                        column: x => x.OlaTargetId,
                        principalTable: "OlaTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JeopardyAlerts_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OlaPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OlaTargetId = table.Column<long>(type: "INTEGER", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OlaPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OlaPauses_OlaTargets_OlaTargetId",
                        column: x => x.OlaTargetId,
                        principalTable: "OlaTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Calendars",
                columns: new[] { "Id", "IsTwentyFourSeven", "Name", "TimeZoneId" },
                values: new object[,]
                {
                    { 1, true, "24x7", "Europe/London" },
                    { 2, false, "Working hours", "Europe/London" }
                });

            migrationBuilder.InsertData(
                table: "NumberSeries",
                columns: new[] { "Prefix", "LastNumber" },
                values: new object[,]
                {
                    { "EVT", 0L },
                    { "INC", 0L },
                    { "REQ", 0L }
                });

            migrationBuilder.InsertData(
                table: "OlaPolicies",
                columns: new[] { "Id", "BreachedPercent", "CalendarName", "JeopardyPercent", "Priority", "Resolution", "Response", "StopClockReasons", "SupportGroupId", "WatchPercent" },
                values: new object[,]
                {
                    { 1, 100, "24x7", 75, 1, 144000000000L, 9000000000L, "AwaitingCaller,AwaitingSupplier", null, 50 },
                    { 2, 100, "24x7", 75, 2, 288000000000L, 18000000000L, "AwaitingCaller,AwaitingSupplier", null, 50 },
                    { 3, 100, "Working hours", 75, 3, 1080000000000L, 72000000000L, "AwaitingCaller,AwaitingSupplier", null, 50 },
                    { 4, 100, "Working hours", 75, 4, 1800000000000L, 288000000000L, "AwaitingCaller,AwaitingSupplier", null, 50 },
                    { 5, 100, "Working hours", 75, 5, 3600000000000L, 720000000000L, "AwaitingCaller,AwaitingSupplier", null, 50 }
                });

            migrationBuilder.InsertData(
                table: "PriorityMatrix",
                columns: new[] { "Impact", "Urgency", "Priority" },
                values: new object[,]
                {
                    { 1, 1, 1 },
                    { 1, 2, 2 },
                    { 1, 3, 3 },
                    { 2, 1, 2 },
                    { 2, 2, 3 },
                    { 2, 3, 4 },
                    { 3, 1, 3 },
                    { 3, 2, 4 },
                    { 3, 3, 5 }
                });

            migrationBuilder.InsertData(
                table: "CalendarVersions",
                columns: new[] { "Id", "CalendarId", "EffectiveFrom", "Holidays", "WorkingDays" },
                values: new object[] { 1, 2, new DateOnly(2024, 1, 1), "[\"2024-01-01\",\"2024-03-29\",\"2024-04-01\",\"2024-05-06\",\"2024-05-27\",\"2024-08-26\",\"2024-12-25\",\"2024-12-26\",\"2025-01-01\",\"2025-04-18\",\"2025-04-21\",\"2025-05-05\",\"2025-05-26\",\"2025-08-25\",\"2025-12-25\",\"2025-12-26\",\"2026-01-01\",\"2026-04-03\",\"2026-04-06\",\"2026-05-04\",\"2026-05-25\",\"2026-08-31\",\"2026-12-25\",\"2026-12-28\",\"2027-01-01\",\"2027-03-26\",\"2027-03-29\",\"2027-05-03\",\"2027-05-31\",\"2027-08-30\",\"2027-12-27\",\"2027-12-28\",\"2028-01-03\",\"2028-04-14\",\"2028-04-17\",\"2028-05-01\",\"2028-05-29\",\"2028-08-28\",\"2028-12-25\",\"2028-12-26\",\"2029-01-01\",\"2029-03-30\",\"2029-04-02\",\"2029-05-07\",\"2029-05-28\",\"2029-08-27\",\"2029-12-25\",\"2029-12-26\",\"2030-01-01\",\"2030-04-19\",\"2030-04-22\",\"2030-05-06\",\"2030-05-27\",\"2030-08-26\",\"2030-12-25\",\"2030-12-26\"]", "[{\"Day\":\"Monday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Tuesday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Wednesday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Thursday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Friday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"}]" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Area_At",
                table: "AuditLog",
                columns: new[] { "Area", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_At",
                table: "AuditLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Calendars_Name",
                table: "Calendars",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarVersions_CalendarId_EffectiveFrom",
                table: "CalendarVersions",
                columns: new[] { "CalendarId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationItems_OwningGroupId",
                table: "ConfigurationItems",
                column: "OwningGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationItems_ServiceId",
                table: "ConfigurationItems",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembership_MembersId",
                table: "GroupMembership",
                column: "MembersId");

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordId_Id",
                table: "History",
                columns: new[] { "RecordId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_JeopardyAlerts_AcknowledgedAt_RaisedAt",
                table: "JeopardyAlerts",
                columns: new[] { "AcknowledgedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JeopardyAlerts_OlaTargetId_State",
                table: "JeopardyAlerts",
                columns: new[] { "OlaTargetId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_JeopardyAlerts_RecordId",
                table: "JeopardyAlerts",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_OlaPauses_OlaTargetId",
                table: "OlaPauses",
                column: "OlaTargetId");

            migrationBuilder.CreateIndex(
                name: "IX_OlaPolicies_SupportGroupId_Priority",
                table: "OlaPolicies",
                columns: new[] { "SupportGroupId", "Priority" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OlaTargets_NextTransitionAt",
                table: "OlaTargets",
                column: "NextTransitionAt");

            migrationBuilder.CreateIndex(
                name: "IX_OlaTargets_RecordId_Segment",
                table: "OlaTargets",
                columns: new[] { "RecordId", "Segment" });

            migrationBuilder.CreateIndex(
                name: "IX_OlaTargets_State_StoppedAt",
                table: "OlaTargets",
                columns: new[] { "State", "StoppedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_People_Email",
                table: "People",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_AssigneeId",
                table: "Records",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_AssignmentGroupId_Status",
                table: "Records",
                columns: new[] { "AssignmentGroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_ConfigurationItemId",
                table: "Records",
                column: "ConfigurationItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_Kind_Status",
                table: "Records",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_Number",
                table: "Records",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_OpenedAt",
                table: "Records",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ServiceId_Status",
                table: "Records",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_Status_Priority_OpenedAt",
                table: "Records",
                columns: new[] { "Status", "Priority", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_Title_Priority_OpenedAt",
                table: "Records",
                columns: new[] { "Title", "Priority", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_UpdatedAt",
                table: "Records",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Services_Name",
                table: "Services",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Services_SecondLineGroupId",
                table: "Services",
                column: "SecondLineGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Services_ServiceManagerId",
                table: "Services",
                column: "ServiceManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportGroups_Name",
                table: "SupportGroups",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "CalendarVersions");

            migrationBuilder.DropTable(
                name: "GroupMembership");

            migrationBuilder.DropTable(
                name: "History");

            migrationBuilder.DropTable(
                name: "JeopardyAlerts");

            migrationBuilder.DropTable(
                name: "NumberSeries");

            migrationBuilder.DropTable(
                name: "OlaPauses");

            migrationBuilder.DropTable(
                name: "OlaPolicies");

            migrationBuilder.DropTable(
                name: "PriorityMatrix");

            migrationBuilder.DropTable(
                name: "Calendars");

            migrationBuilder.DropTable(
                name: "OlaTargets");

            migrationBuilder.DropTable(
                name: "Records");

            migrationBuilder.DropTable(
                name: "ConfigurationItems");

            migrationBuilder.DropTable(
                name: "Services");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "SupportGroups");
        }
    }
}
