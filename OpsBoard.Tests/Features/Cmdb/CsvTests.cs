using OpsBoard.Web.Features.Cmdb.Csv;

namespace OpsBoard.Tests.Features.Cmdb;

public sealed class CsvTests
{
    [Fact]
    public void Read_HandlesQuotedCommasQuotesAndLineBreaks_AndNumbersLinesFromWhereEachRecordStarts()
    {
        var text = "Name,Description\r\n\"Spine, core\",\"Says \"\"hello\"\"\r\nover two lines\"\n\nPlain,\"\"\n";

        var (records, problem) = CsvReader.Read(text);

        Assert.Null(problem);
        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
        Assert.Equal(["Spine, core", "Says \"hello\"\r\nover two lines"], records[1].Fields);
        Assert.Equal(["Plain", ""], records[2].Fields);
    }

    [Fact]
    public void Read_IgnoresAByteOrderMark() =>
        Assert.Equal(["Name"], CsvReader.Read("\uFEFFName\r\n").Records[0].Fields);

    [Theory]
    [InlineData("Name\n\"open,field\n", 2, "never closed")]
    [InlineData("Name\n\"closed\"x,y\n", 2, "text after a closing double quote")]
    public void Read_SaysWhereTheFileIsNotCsv(string text, int line, string words)
    {
        var (records, problem) = CsvReader.Read(text);

        Assert.Empty(records);
        Assert.Equal(line, problem!.Line);
        Assert.Contains(words, problem.Message);
    }

    [Fact]
    public void Write_QuotesOnlyWhatNeedsIt_AndReadsBackTheSame()
    {
        IReadOnlyList<string>[] rows = [["Name", "Note"], ["a,b", "say \"hi\""], ["multi\nline", " padded "], ["plain", ""]];

        var text = CsvWriter.Write(rows);

        Assert.StartsWith("Name,Note\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n", text);
        Assert.Equal(rows.Select(r => r.ToArray()), CsvReader.Read(text).Records.Select(r => r.Fields.ToArray()));
    }
}
