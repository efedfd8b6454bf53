namespace OpsBoard.Web.Data;

/// <summary>The areas the audit log records; later features add their own (sign-ins, groups, API keys...).</summary>
public static class AuditArea
{
    public const string OlaPolicy = "OLA policy";
    public const string Calendar = "Calendar";
    public const string Integration = "Integration";
    public const string RoutingRule = "Routing rule";
    public const string SignIn = "Sign-in";
    public const string AccessToken = "Access token";
    public const string KioskLink = "Kiosk link";
    public const string User = "User";
    public const string Record = "Record";
    public const string Proposal = "Major incident proposal";
    public const string Cmdb = "CMDB";
    public const string HistoryImport = "History import";
}
