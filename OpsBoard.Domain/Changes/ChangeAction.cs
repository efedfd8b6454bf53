namespace OpsBoard.Domain.Changes;

/// <summary>What a person may do to a change; <see cref="ChangeMachine"/> says which apply in each status.</summary>
public enum ChangeAction
{
    Approve = 1,
    Schedule = 2,
    Implement = 3,
    Close = 4,
    Cancel = 5,
}
