using OpsBoard.Web.Data;

namespace OpsBoard.Web.Features.Access;

/// <summary>Writes sign-ins, failed sign-ins, lockouts and sign-outs to the audit log, with the address they came from.</summary>
public sealed class SignInAudit(OpsBoardDb db, TimeProvider clock)
{
    public async Task WriteAsync(string who, string what, HttpContext context)
    {
        var from = context.Connection.RemoteIpAddress?.ToString() ?? "an unknown address";
        db.AuditLog.Add(new AuditEntry(clock.GetUtcNow(), Trim(who), AuditArea.SignIn, Trim(who), $"{what} from {from}."));
        await db.SaveChangesAsync(context.RequestAborted);
    }

    private static string Trim(string text) => text.Length <= AuditEntry.MaxSubjectLength ? text : text[..AuditEntry.MaxSubjectLength];
}
