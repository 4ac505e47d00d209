using QuoteCheck.Sample;

namespace QuoteCheck.Tests.Console;

/// <summary>The console's report formats and <c>--fail-on-conflict</c>, on the built-in sample cluster.</summary>
public class ReportFormatConsoleTests
{
    private static (int Exit, string Out) Run(params string[] args)
    {
        using var output = new StringWriter();
        int exit = Cli.Run(args, TextReader.Null, output, TextWriter.Null);
        return (exit, output.ToString());
    }

    [Test]
    public void FailOnConflictExitsOneWhenTheSampleDisagrees()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Run("--quiet", "--fail-on-conflict").Exit, Is.EqualTo(Cli.ConflictsFound));
            Assert.That(Run("--quiet").Exit, Is.EqualTo(Cli.Success));
        });
    }

    [Test]
    public void FailOnConflictExitsZeroWhenNothingDisagrees()
    {
        string path = Path.Combine(Path.GetTempPath(), "quotecheck-quiet-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, " date 2031-05-02 The Tarnhall depot reopened on Monday after repairs.");
        try
        {
            Assert.That(Run("--quiet", "--fail-on-conflict", path).Exit, Is.EqualTo(Cli.Success));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("markdown", "# QuoteCheck report")]
    [TestCase("html", "<!DOCTYPE html>")]
    [TestCase("text", "Conflicts (")]
    public void EachFormatWritesItsReport(string format, string start)
    {
        var (exit, output) = Run("--quiet", "--format", format);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(Cli.Success));
            Assert.That(output, Does.StartWith(start));
        });
    }
}
