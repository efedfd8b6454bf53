using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HistoryImportSourceNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceNumber",
                table: "Records",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Records_SourceNumber",
                table: "Records",
                column: "SourceNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Records_SourceNumber",
                table: "Records");

            migrationBuilder.DropColumn(
                name: "SourceNumber",
                table: "Records");
        }
    }
}
