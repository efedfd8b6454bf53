using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Web.Features.Recording;

namespace OpsBoard.Web.Api;

/// <summary>Maps a refused or invalid change to RFC 7807 problem details naming the field and the reason.</summary>
public static class ChangeResults
{
    public static IResult ToProblem(ChangeResult result) => result.Failure == ChangeFailure.Invalid
        ? TypedResults.ValidationProblem(
            result.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }),
            detail: result.Message, title: "The record was not saved: fix the fields named below.")
        : Problem(result);

    /// <summary>404 for an unknown record, 409 for an action the record refused.</summary>
    public static ProblemHttpResult Problem(ChangeResult result) => result.Failure == ChangeFailure.NotFound
        ? Problem(result, StatusCodes.Status404NotFound, "Record not found")
        : Problem(result, StatusCodes.Status409Conflict, "Action refused");

    private static ProblemHttpResult Problem(ChangeResult result, int status, string title) =>
        TypedResults.Problem(result.Message, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["field"] = result.Problems.Keys.FirstOrDefault(), ["number"] = result.Number });
}
