using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsBoard.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue7Cmdb : Migration
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

            migrationBuilder.AddColumn<bool>(
                name: "IsRetired",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationItems_Name",
                table: "ConfigurationItems",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationItems_ServiceManagerId",
                table: "ConfigurationItems",
                column: "ServiceManagerId");

            migrationBuilder.AddForeignKey(
                name: "FK_ConfigurationItems_People_ServiceManagerId",
                table: "ConfigurationItems",
                column: "ServiceManagerId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConfigurationItems_People_ServiceManagerId",
                table: "ConfigurationItems");

            migrationBuilder.DropIndex(
                name: "IX_ConfigurationItems_Name",
                table: "ConfigurationItems");

            migrationBuilder.DropIndex(
                name: "IX_ConfigurationItems_ServiceManagerId",
                table: "ConfigurationItems");

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
                name: "IsRetired",
                table: "People");

            migrationBuilder.DropColumn(
                name: "IsRetired",
                table: "ConfigurationItems");

            migrationBuilder.DropColumn(
                name: "ServiceManagerId",
                table: "ConfigurationItems");
        }
    }
}
