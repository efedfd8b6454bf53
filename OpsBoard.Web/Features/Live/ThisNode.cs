namespace OpsBoard.Web.Features.Live;

/// <summary>
/// This running OpsBoard node: a new id each time the app starts. It tags what this node tells other nodes over Redis (so a
/// node can pass over its own batches) and prefixes this node's hub groups (so a group send reaches only this node's clients).
/// </summary>
public sealed record ThisNode(Guid Id)
{
    public static ThisNode New() => new(Guid.NewGuid());
}
