using QuoteCheck.Sample;

namespace QuoteCheck.Tests.Console;

/// <summary>The console's progress line: words, quiet for short or redirected runs, and a clean line afterwards.</summary>
public class ProgressLineTests
{
    [Test]
    public void TheLineSaysWhatIsBeingDoneInPlainWords()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProgressLine.Describe(new CheckProgress(CheckStage.Analyzing, 512, 1008)), Is.EqualTo("quotecheck: analysing 512 of 1,008 articles"));
            Assert.That(ProgressLine.Describe(new CheckProgress(CheckStage.CrossChecking, 0, 1008)), Is.EqualTo("quotecheck: cross-checking 1,008 articles"));
        });
    }

    [Test]
    public void AShortRunShowsNothingAndLeavesNothingBehind()
    {
        using var error = new StringWriter();
        using (var line = new ProgressLine(error))
        {
            line.Report(new CheckProgress(CheckStage.Analyzing, 1, 2));
            line.Report(new CheckProgress(CheckStage.CrossChecking, 0, 2));
        }

        Assert.That(error.ToString(), Is.Empty);
    }

    [Test]
    public void ALongRunRewritesOneLineAndWipesIt()
    {
        using var error = new StringWriter();
        using (var line = new ProgressLine(error))
        {
            Thread.Sleep(600); // past the quiet start
            line.Report(new CheckProgress(CheckStage.Analyzing, 7, 9));
            line.Report(new CheckProgress(CheckStage.CrossChecking, 0, 9));
        }

        string written = error.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Contain("\rquotecheck: analysing 7 of 9 articles"));
            Assert.That(written, Does.Contain("\rquotecheck: cross-checking 9 articles"));
            Assert.That(written, Does.Not.Contain('\n'), "one line, rewritten in place");
            Assert.That(written, Does.EndWith("\r"), "wiped, the cursor back at the start");
        });
    }

    [Test]
    public void ARunWithItsErrorsCapturedPrintsNoProgress()
    {
        using var input = new StringReader("\"We will meet again,\" the minister said on Friday.");
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = Cli.Run(["--json", "-"], input, output, error);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(error.ToString(), Does.Not.Contain("analysing"));
        });
    }
}
