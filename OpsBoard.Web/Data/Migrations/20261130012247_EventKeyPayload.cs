using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventKeyPayload : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastPayload",
                table: "EventKeys",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastPayload",
                table: "EventKeys");
        }
    }
}
