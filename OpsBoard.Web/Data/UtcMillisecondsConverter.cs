using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpsBoard.Web.Data;

public sealed class UtcMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.ToUnixTimeMilliseconds(),
    v => DateTimeOffset.FromUnixTimeMilliseconds(v));
