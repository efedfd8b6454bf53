using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MajorIncidentFlag : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MajorIncidentDeclaredAt",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MajorIncidentManagerId",
                table: "Records",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_MajorIncidentDeclaredAt",
                table: "Records",
                column: "MajorIncidentDeclaredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Records_MajorIncidentManagerId",
                table: "Records",
                column: "MajorIncidentManagerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Records_People_MajorIncidentManagerId",
                table: "Records",
                column: "MajorIncidentManagerId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Records_People_MajorIncidentManagerId",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_MajorIncidentDeclaredAt",
                table: "Records");

            migrationBuilder.DropIndex(
                name: "IX_Records_MajorIncidentManagerId",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "MajorIncidentDeclaredAt",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "MajorIncidentManagerId",
                table: "Records");
        }
    }
}
