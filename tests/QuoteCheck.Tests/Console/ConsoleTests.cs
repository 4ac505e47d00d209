using QuoteCheck.Sample;

namespace QuoteCheck.Tests.Console;

/// <summary>The console as a user meets it: exit codes, one clear line on standard error, nothing half-printed.</summary>
public class ConsoleTests
{
    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = Cli.Run(args, input, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public void HelpPrintsUsageAndSucceeds()
    {
        var (exit, output, error) = Run("", "--help");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(output, Does.Contain("Usage:").And.Contain("--json").And.Contain("Exit codes"));
            Assert.That(error, Is.Empty);
        });
    }

    [TestCase("--bogus", "unknown option '--bogus'")]
    [TestCase("--date", "needs a value")]
    [TestCase("--date=2020", "unknown option")]
    [TestCase("--format", "needs a value")]
    public void BadUsageGivesOneLineOnStandardErrorAndExitCodeTwo(string arg, string expected)
    {
        var (exit, output, error) = Run("", arg);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.StartWith("quotecheck: ").And.Contain(expected));
            Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        });
    }

    [TestCase("2020-13-01")]
    [TestCase("yesterday")]
    [TestCase("12/07/2020")]
    public void ADateThatIsNotADateIsAUsageError(string date)
    {
        var (exit, _, error) = Run("", "--date", date, "-");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(error, Does.Contain("is not a date"));
        });
    }

    [Test]
    public void AMissingFileIsAUsageErrorAndNothingIsPrinted()
    {
        string missing = Path.Combine(Path.GetTempPath(), "quotecheck-no-such-file-" + Guid.NewGuid() + ".txt");
        var (exit, output, error) = Run("", missing);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("cannot read"));
        });
    }

    [Test]
    public void AFolderWithoutTextFilesIsAUsageError()
    {
        string folder = Directory.CreateTempSubdirectory("quotecheck-empty-").FullName;
        try
        {
            var (exit, output, error) = Run("", folder);
            Assert.Multiple(() =>
            {
                Assert.That(exit, Is.EqualTo(2));
                Assert.That(output, Is.Empty);
                Assert.That(error, Does.Contain("no .txt files"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void JsonFromStandardInputNamesTheDocumentAndItsDate()
    {
        var (exit, output, _) = Run("The harbour reopened on Monday.", "--json", "--date", "2031-03-16", "-");
        var json = Newtonsoft.Json.Linq.JObject.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That((int?)json["schemaVersion"], Is.GreaterThanOrEqualTo(1));
            Assert.That((string?)json["documents"]![0]!["id"], Is.EqualTo("stdin"));
            Assert.That((string?)json["documents"]![0]!["published"], Is.EqualTo("2031-03-16"));
        });
    }

    [Test]
    public void WithoutPathsTheBuiltInSampleIsChecked()
    {
        var (exit, output, _) = Run("", "--json", "--quiet");
        var json = Newtonsoft.Json.Linq.JObject.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(0));
            Assert.That(json["documents"]!.Count(), Is.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public void TheSameInputGivesTheSameBytes()
    {
        var first = Run("", "--json", "--quiet");
        var second = Run("", "--json", "--quiet");
        Assert.That(second.Out, Is.EqualTo(first.Out));
    }

    [Test]
    public void TextOutputToAStringWriterHasNoColourEscapes()
    {
        var (_, output, _) = Run("", "--quiet");

        // Ordinal on purpose: a culture-aware search ignores the control character and matches any "[".
        Assert.That(output.Contains('\u001b', StringComparison.Ordinal), Is.False);
    }
}
