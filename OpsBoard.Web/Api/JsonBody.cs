using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace OpsBoard.Web.Api;

/// <summary>
/// Reads a JSON body itself so a malformed one gets a problem that names the field and says what it takes,
/// not a bare 400 or a .NET type name.
/// </summary>
public static class JsonBody
{
    private const string Title = "Malformed request body";

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (request.ContentType is null || !request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem("Send the body as JSON with Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct);
            return value is null
                ? (null, BadBody("body", "The body is empty or null; send a JSON object."))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Explain<T>(e, options));
        }
    }

    private static IResult Explain<T>(JsonException e, JsonSerializerOptions options)
    {
        var line = $"line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}";
        // A value of the wrong type for a known property: name the property and what it accepts.
        if (e.Path is { } path && path.StartsWith("$.", StringComparison.Ordinal) && path.IndexOfAny(['.', '['], 2) < 0)
        {
            var name = path[2..];
            var property = options.GetTypeInfo(typeof(T)).Properties.FirstOrDefault(p => p.Name == name);
            if (property is not null && IsConversionError(e))
            {
                return BadBody(name, $"{name} {Expects(property.PropertyType)} ({line}).");
            }
        }
        if (e.Path == "$" && IsConversionError(e))
        {
            return BadBody("body", "Send a JSON object with the record's fields, not an array or a single value.");
        }
        return BadBody("body", $"The body is not valid JSON ({line}): {e.Message.Split(" Path:")[0]}");
    }

    private static bool IsConversionError(JsonException e) => e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);

    private static string Expects(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner switch
        {
            { IsEnum: true } => $"must be one of: {string.Join(", ", Enum.GetNames(inner))}",
            _ when inner == typeof(bool) => "must be true or false",
            _ when inner == typeof(int) || inner == typeof(long) => "must be a whole number",
            _ when inner == typeof(string) => "must be text",
            _ => "has a value of the wrong type",
        };
    }

    private static ValidationProblem BadBody(string field, string reason) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [reason] }, detail: reason, title: Title);
}
