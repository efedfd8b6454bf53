using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MajorIncidentTimeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastMajorIncidentUpdateAt",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "MajorIncidentUpdateEvery",
                table: "Records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ParentMajorIncidentId",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_ParentMajorIncidentId",
                table: "Records",
                column: "ParentMajorIncidentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Records_Records_ParentMajorIncidentId",
                table: "Records",
                column: "ParentMajorIncidentId",
                principalTable: "Records",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Records_Records_ParentMajorIncidentId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_ParentMajorIncidentId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "LastMajorIncidentUpdateAt",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "MajorIncidentUpdateEvery",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "ParentMajorIncidentId",
                table: "Records");
        }
    }
}
