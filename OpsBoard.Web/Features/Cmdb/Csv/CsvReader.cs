using System.Text;

namespace OpsBoard.Web.Features.Cmdb.Csv;

/// <summary>
/// Reads RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas, line
/// breaks and doubled quotes (""). Blank lines are skipped. A byte-order mark at the start is ignored.
/// </summary>
public static class CsvReader
{
    /// <summary>The records, or the line where a quoted field is left open or has text after its closing quote.</summary>
    public static (IReadOnlyList<CsvRecord> Records, CsvProblem? Problem) Read(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                    if (i + 1 < text.Length && text[i + 1] is not (',' or '\r' or '\n'))
                        return ([], new CsvProblem(line, "There is text after a closing double quote; put the whole field in quotes and double any quote inside it (\"\")."));
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted) return ([], new CsvProblem(recordLine, "A quoted field is never closed; add the closing double quote."));
        EndRecord();
        return (records, null);

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            var blank = fields.Count == 1 && fields[0].Length == 0 && !wasQuoted;
            if (!blank) records.Add(new CsvRecord(recordLine, [.. fields]));
            fields.Clear();
            wasQuoted = false;
        }
    }
}
