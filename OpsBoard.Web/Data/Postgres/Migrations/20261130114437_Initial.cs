using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpsBoard.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Change = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Calendars",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsTwentyFourSeven = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Calendars", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KioskLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Groups = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Services = table.Column<List<int>>(type: "integer[]", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastUsedAt = table.Column<long>(type: "bigint", nullable: true),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KioskLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberSeries",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSeries", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "OlaPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SupportGroupId = table.Column<int>(type: "integer", nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Response = table.Column<long>(type: "bigint", nullable: false),
                    Resolution = table.Column<long>(type: "bigint", nullable: false),
                    CalendarName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WatchPercent = table.Column<int>(type: "integer", nullable: false),
                    JeopardyPercent = table.Column<int>(type: "integer", nullable: false),
                    BreachedPercent = table.Column<int>(type: "integer", nullable: false),
                    StopClockReasons = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OlaPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "text", nullable: true),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriorityMatrix",
                columns: table => new
                {
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    Urgency = table.Column<int>(type: "integer", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriorityMatrix", x => new { x.Impact, x.Urgency });
                });

            migrationBuilder.CreateTable(
                name: "SupportGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: true),
                    IsSecurityGroup = table.Column<bool>(type: "boolean", nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CalendarId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkingDays = table.Column<string>(type: "text", nullable: false),
                    Holidays = table.Column<string>(type: "text", nullable: false)
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
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<long>(type: "bigint", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PlannedStart = table.Column<long>(type: "bigint", nullable: true),
                    PlannedEnd = table.Column<long>(type: "bigint", nullable: true),
                    CancellationReason = table.Column<string>(type: "text", nullable: true),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ApprovedAt = table.Column<long>(type: "bigint", nullable: true),
                    ImplementedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Workaround = table.Column<string>(type: "text", nullable: true),
                    ResolutionNote = table.Column<string>(type: "text", nullable: true),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    KnownErrorAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true)
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
                name: "GroupMembership",
                columns: table => new
                {
                    GroupsId = table.Column<int>(type: "integer", nullable: false),
                    MembersId = table.Column<int>(type: "integer", nullable: false)
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
                name: "RoutingRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Field = table.Column<int>(type: "integer", nullable: false),
                    LabelName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Pattern = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsRegex = table.Column<bool>(type: "boolean", nullable: false),
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    ReopenWindow = table.Column<long>(type: "bigint", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoutingRules_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Services",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    ServiceManagerId = table.Column<int>(type: "integer", nullable: true),
                    SecondLineGroupId = table.Column<int>(type: "integer", nullable: true),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "AccessTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastUsedAt = table.Column<long>(type: "bigint", nullable: true),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccessTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChangeHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChangeId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "text", nullable: true),
                    NewValue = table.Column<string>(type: "text", nullable: true)
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
                name: "ProblemHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProblemId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "text", nullable: true),
                    NewValue = table.Column<string>(type: "text", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "ConfigurationItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false),
                    OwningGroupId = table.Column<int>(type: "integer", nullable: true),
                    ServiceManagerId = table.Column<int>(type: "integer", nullable: true),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfigurationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfigurationItems_People_ServiceManagerId",
                        column: x => x.ServiceManagerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "Integrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KeyHint = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RevokedAt = table.Column<long>(type: "bigint", nullable: true),
                    LastUsedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Integrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Integrations_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParentMajorIncidentId = table.Column<long>(type: "bigint", nullable: true),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Caller = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false),
                    ConfigurationItemId = table.Column<int>(type: "integer", nullable: true),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    Urgency = table.Column<int>(type: "integer", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    PriorityOverridden = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PendingReason = table.Column<int>(type: "integer", nullable: true),
                    AssignmentGroupId = table.Column<int>(type: "integer", nullable: false),
                    AssigneeId = table.Column<int>(type: "integer", nullable: true),
                    SupportLine = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolvedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    ResolutionCode = table.Column<int>(type: "integer", nullable: true),
                    ResolutionNote = table.Column<string>(type: "text", nullable: true),
                    ReassignmentCount = table.Column<int>(type: "integer", nullable: false),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    SourceNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProblemId = table.Column<long>(type: "bigint", nullable: true),
                    AwaitingChangeId = table.Column<long>(type: "bigint", nullable: true),
                    MajorIncidentDeclaredAt = table.Column<long>(type: "bigint", nullable: true),
                    MajorIncidentManagerId = table.Column<int>(type: "integer", nullable: true),
                    MajorIncidentUpdateEvery = table.Column<TimeSpan>(type: "interval", nullable: true),
                    LastMajorIncidentUpdateAt = table.Column<long>(type: "bigint", nullable: true),
                    IsSecurityIncident = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Records_Changes_AwaitingChangeId",
                        column: x => x.AwaitingChangeId,
                        principalTable: "Changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                        name: "FK_Records_People_MajorIncidentManagerId",
                        column: x => x.MajorIncidentManagerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_Problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "Problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Records_Records_ParentMajorIncidentId",
                        column: x => x.ParentMajorIncidentId,
                        principalTable: "Records",
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
                name: "IntakeLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IntegrationId = table.Column<int>(type: "integer", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ProcessedAt = table.Column<long>(type: "bigint", nullable: true),
                    RecordNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Result = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeLog_Integrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "Integrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IntegrationId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    Repeats = table.Column<int>(type: "integer", nullable: false),
                    FirstAt = table.Column<long>(type: "bigint", nullable: false),
                    LastAt = table.Column<long>(type: "bigint", nullable: false),
                    LastPayload = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventKeys_Integrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "Integrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventKeys_Records_RecordId",
                        column: x => x.RecordId,
                        principalTable: "Records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "History",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OldValue = table.Column<string>(type: "text", nullable: true),
                    NewValue = table.Column<string>(type: "text", nullable: true)
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
                name: "MajorIncidentProposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    ServiceId = table.Column<int>(type: "integer", nullable: false),
                    ConfigurationItemId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DismissalReason = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    MajorIncidentId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MajorIncidentProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MajorIncidentProposals_ConfigurationItems_ConfigurationItem~",
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
                name: "OlaTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Segment = table.Column<int>(type: "integer", nullable: false),
                    SupportGroupId = table.Column<int>(type: "integer", nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<long>(type: "bigint", nullable: false),
                    CalendarName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Start = table.Column<long>(type: "bigint", nullable: false),
                    StoppedAt = table.Column<long>(type: "bigint", nullable: true),
                    StopReason = table.Column<int>(type: "integer", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Due = table.Column<long>(type: "bigint", nullable: true),
                    NextTransitionAt = table.Column<long>(type: "bigint", nullable: true),
                    PercentUsed = table.Column<double>(type: "double precision", nullable: false),
                    BreachedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Thresholds_BreachedPercent = table.Column<int>(type: "integer", nullable: false),
                    Thresholds_JeopardyPercent = table.Column<int>(type: "integer", nullable: false),
                    Thresholds_WatchPercent = table.Column<int>(type: "integer", nullable: false)
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
                name: "RecordChanges",
                columns: table => new
                {
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    ChangeId = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProposalId = table.Column<long>(type: "bigint", nullable: false),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    AddedAt = table.Column<long>(type: "bigint", nullable: false)
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
                name: "JeopardyAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    RecordId = table.Column<long>(type: "bigint", nullable: false),
                    OlaTargetId = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: true),
                    Passes = table.Column<int>(type: "integer", nullable: true),
                    Route = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SupportGroupId = table.Column<int>(type: "integer", nullable: true),
                    Due = table.Column<long>(type: "bigint", nullable: true),
                    RaisedAt = table.Column<long>(type: "bigint", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AcknowledgementNote = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OlaTargetId = table.Column<long>(type: "bigint", nullable: false),
                    Start = table.Column<long>(type: "bigint", nullable: false),
                    End = table.Column<long>(type: "bigint", nullable: true),
                    Reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    { "CHG", 0L },
                    { "EVT", 0L },
                    { "INC", 0L },
                    { "PRB", 0L },
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
                values: new object[] { 1, 2, new DateOnly(2024, 1, 1), "[\"2016-01-01\",\"2016-03-25\",\"2016-03-28\",\"2016-05-02\",\"2016-05-30\",\"2016-08-29\",\"2016-12-26\",\"2016-12-27\",\"2017-01-02\",\"2017-04-14\",\"2017-04-17\",\"2017-05-01\",\"2017-05-29\",\"2017-08-28\",\"2017-12-25\",\"2017-12-26\",\"2018-01-01\",\"2018-03-30\",\"2018-04-02\",\"2018-05-07\",\"2018-05-28\",\"2018-08-27\",\"2018-12-25\",\"2018-12-26\",\"2019-01-01\",\"2019-04-19\",\"2019-04-22\",\"2019-05-06\",\"2019-05-27\",\"2019-08-26\",\"2019-12-25\",\"2019-12-26\",\"2020-01-01\",\"2020-04-10\",\"2020-04-13\",\"2020-05-08\",\"2020-05-25\",\"2020-08-31\",\"2020-12-25\",\"2020-12-28\",\"2021-01-01\",\"2021-04-02\",\"2021-04-05\",\"2021-05-03\",\"2021-05-31\",\"2021-08-30\",\"2021-12-27\",\"2021-12-28\",\"2022-01-03\",\"2022-04-15\",\"2022-04-18\",\"2022-05-02\",\"2022-06-02\",\"2022-06-03\",\"2022-08-29\",\"2022-09-19\",\"2022-12-26\",\"2022-12-27\",\"2023-01-02\",\"2023-04-07\",\"2023-04-10\",\"2023-05-01\",\"2023-05-08\",\"2023-05-29\",\"2023-08-28\",\"2023-12-25\",\"2023-12-26\",\"2024-01-01\",\"2024-03-29\",\"2024-04-01\",\"2024-05-06\",\"2024-05-27\",\"2024-08-26\",\"2024-12-25\",\"2024-12-26\",\"2025-01-01\",\"2025-04-18\",\"2025-04-21\",\"2025-05-05\",\"2025-05-26\",\"2025-08-25\",\"2025-12-25\",\"2025-12-26\",\"2026-01-01\",\"2026-04-03\",\"2026-04-06\",\"2026-05-04\",\"2026-05-25\",\"2026-08-31\",\"2026-12-25\",\"2026-12-28\",\"2027-01-01\",\"2027-03-26\",\"2027-03-29\",\"2027-05-03\",\"2027-05-31\",\"2027-08-30\",\"2027-12-27\",\"2027-12-28\",\"2028-01-03\",\"2028-04-14\",\"2028-04-17\",\"2028-05-01\",\"2028-05-29\",\"2028-08-28\",\"2028-12-25\",\"2028-12-26\",\"2029-01-01\",\"2029-03-30\",\"2029-04-02\",\"2029-05-07\",\"2029-05-28\",\"2029-08-27\",\"2029-12-25\",\"2029-12-26\",\"2030-01-01\",\"2030-04-19\",\"2030-04-22\",\"2030-05-06\",\"2030-05-27\",\"2030-08-26\",\"2030-12-25\",\"2030-12-26\"]", "[{\"Day\":\"Monday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Tuesday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Wednesday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Thursday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"},{\"Day\":\"Friday\",\"Start\":\"08:00:00\",\"End\":\"18:00:00\",\"IsValid\":true,\"Length\":\"10:00:00\"}]" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_Hash",
                table: "AccessTokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessTokens_UserId",
                table: "AccessTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PersonId",
                table: "AspNetUsers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_ConfigurationItems_Name",
                table: "ConfigurationItems",
                column: "Name",
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
                name: "IX_ConfigurationItems_ServiceManagerId",
                table: "ConfigurationItems",
                column: "ServiceManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_EventKeys_IntegrationId_Key_Id",
                table: "EventKeys",
                columns: new[] { "IntegrationId", "Key", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EventKeys_RecordId",
                table: "EventKeys",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMembership_MembersId",
                table: "GroupMembership",
                column: "MembersId");

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordId_Id",
                table: "History",
                columns: new[] { "RecordId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLog_IntegrationId",
                table: "IntakeLog",
                column: "IntegrationId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeLog_ProcessedAt",
                table: "IntakeLog",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Integrations_KeyHash",
                table: "Integrations",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Integrations_ServiceId",
                table: "Integrations",
                column: "ServiceId");

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
                name: "IX_KioskLinks_Hash",
                table: "KioskLinks",
                column: "Hash",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Records_AssigneeId",
                table: "Records",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_AssignmentGroupId_Status",
                table: "Records",
                columns: new[] { "AssignmentGroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_AwaitingChangeId",
                table: "Records",
                column: "AwaitingChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ConfigurationItemId",
                table: "Records",
                column: "ConfigurationItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_Kind_Status",
                table: "Records",
                columns: new[] { "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_MajorIncidentDeclaredAt",
                table: "Records",
                column: "MajorIncidentDeclaredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Records_MajorIncidentManagerId",
                table: "Records",
                column: "MajorIncidentManagerId");

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
                name: "IX_Records_ParentMajorIncidentId",
                table: "Records",
                column: "ParentMajorIncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ProblemId",
                table: "Records",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_Records_ServiceId_Status",
                table: "Records",
                columns: new[] { "ServiceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Records_SourceNumber",
                table: "Records",
                column: "SourceNumber",
                unique: true);

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
                name: "IX_RoutingRules_GroupId",
                table: "RoutingRules",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_Order",
                table: "RoutingRules",
                column: "Order");

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
                name: "AccessTokens");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "CalendarVersions");

            migrationBuilder.DropTable(
                name: "ChangeHistory");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EventKeys");

            migrationBuilder.DropTable(
                name: "GroupMembership");

            migrationBuilder.DropTable(
                name: "History");

            migrationBuilder.DropTable(
                name: "IntakeLog");

            migrationBuilder.DropTable(
                name: "JeopardyAlerts");

            migrationBuilder.DropTable(
                name: "KioskLinks");

            migrationBuilder.DropTable(
                name: "NumberSeries");

            migrationBuilder.DropTable(
                name: "OlaPauses");

            migrationBuilder.DropTable(
                name: "OlaPolicies");

            migrationBuilder.DropTable(
                name: "PriorityMatrix");

            migrationBuilder.DropTable(
                name: "ProblemHistory");

            migrationBuilder.DropTable(
                name: "ProposedIncidents");

            migrationBuilder.DropTable(
                name: "RecordChanges");

            migrationBuilder.DropTable(
                name: "RoutingRules");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Calendars");

            migrationBuilder.DropTable(
                name: "Integrations");

            migrationBuilder.DropTable(
                name: "OlaTargets");

            migrationBuilder.DropTable(
                name: "MajorIncidentProposals");

            migrationBuilder.DropTable(
                name: "Records");

            migrationBuilder.DropTable(
                name: "Changes");

            migrationBuilder.DropTable(
                name: "ConfigurationItems");

            migrationBuilder.DropTable(
                name: "Problems");

            migrationBuilder.DropTable(
                name: "Services");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "SupportGroups");
        }
    }
}
