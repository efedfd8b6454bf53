using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace OpsBoard.Web.Api;

/// <summary>
/// A query or route value an API endpoint cannot read (<c>?sort=openedAt</c>, <c>?page=two</c>) answers 400 problem
/// details naming the parameter, the value and what it takes, instead of ASP.NET's bare binding failure.
/// </summary>
public sealed partial class QueryProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || !httpContext.Request.Path.StartsWithSegments("/api")) return false;
        var (field, detail) = Explain(bad.Message);
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "A parameter could not be read",
                Detail = detail,
                Extensions = { ["field"] = field },
            },
        });
    }

    /// <summary>The parameter at fault and a sentence saying what it takes.</summary>
    public static (string? Field, string Detail) Explain(string message)
    {
        var match = BindFailure().Match(message);
        if (!match.Success) return (null, message);
        var (type, name, value) = (match.Groups["type"].Value, match.Groups["name"].Value, match.Groups["value"].Value);
        var takes = type switch
        {
            "Int32" or "Int64" or "int" or "long" => "a whole number",
            "Boolean" or "bool" => "true or false",
            "DateTimeOffset" => "a time such as 2026-11-30T09:00:00Z",
            _ when EnumNamed(type) is { } names => $"one of {string.Join(", ", names)}",
            _ => $"a {type}",
        };
        return (name, $"{name}: \"{value}\" is not {takes}.");
    }

    private static string[]? EnumNamed(string type) =>
        new[] { typeof(QueryProblems).Assembly, typeof(Domain.Records.Record).Assembly }
            .SelectMany(a => a.GetTypes())
            .FirstOrDefault(t => t.IsEnum && t.Name == type) is { } found ? Enum.GetNames(found) : null;

    [GeneratedRegex("""^Failed to bind parameter "(?:Nullable<)?(?<type>[\w.]+?)>? (?<name>\w+)" from "(?<value>.*)"\.$""")]
    private static partial Regex BindFailure();
}
