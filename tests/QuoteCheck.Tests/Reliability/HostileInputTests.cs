using System.Text;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// Whatever scrapers bring: the analysis returns a result with faithful spans and never throws. Each
/// case is a kept regression input; inputs are built here, not read from files.
/// </summary>
public class HostileInputTests
{
    private static IEnumerable<TestCaseData> Inputs()
    {
        yield return Case("empty", "");
        yield return Case("whitespace only", " \t\r\n\n  \u00A0\u2003");
        yield return Case("NUL bytes", "Officials said\0\0\0 \"forty\0 people\" died.\0");
        yield return Case("lone surrogates", "He said \"\uD800 broken \uDC00 text\" on Monday.\uD83D");
        yield return Case("replacement runs", new string('\uFFFD', 5000) + " \"quoted\" she said " + new string('\uFFFD', 5000));
        yield return Case("right to left", "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \"\u0644\u0627\" \u064A\u0648\u0645 5 \u064A\u0648\u0644\u064A\u0648 2020.");
        yield return Case("emoji", "\"We won \uD83C\uDF89\uD83C\uDF89,\" the mayor said on 3 May 2031 \uD83D\uDE00.");
        yield return Case("mixed line ends", "One.\r\n\r\n\"Two,\r\nthree,\" he said.\r\rFour.\n\nFive 12%.");
        yield return Case("no punctuation", string.Join(" ", Enumerable.Repeat("words without any stop at all", 4000)));
        yield return Case("thousand opening marks", new string('"', 1000) + " said Holt");
        yield return Case("alternating curly marks", string.Concat(Enumerable.Repeat("\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E ", 3000)));
        yield return Case("unclosed quote at start", "\u201CThis quote never closes.\n\nNeither does the story, said Holt.\n\n" + string.Join("\n\n", Enumerable.Repeat("Plain paragraph 12 of 40.", 500)));
        yield return Case("closing mark used to open", "\u201DWe disagree,\u201D said Marrow. Later: \u201Dfine.");
        yield return Case("digit runs", string.Concat(Enumerable.Repeat("1234567890", 20000)));
        yield return Case("comma runs", string.Concat(Enumerable.Repeat("1,", 20000)));
        yield return Case("capitalised words", string.Join(" ", Enumerable.Repeat("President Minister General Secretary", 5000)) + " said.");
        yield return Case("said said said", string.Join(" ", Enumerable.Repeat("said", 20000)));
        yield return Case("abbreviations", string.Concat(Enumerable.Repeat("Mr. U.S. Gen. Jan. J. ", 5000)));
        yield return Case("html", "<script>alert(1)</script><img src=x onerror=alert(2)> \"<b>bold</b>,\" said <i>Holt</i>.");
        yield return Case("date-like noise", string.Join(" ", Enumerable.Repeat("2020-07-12 12/07/2020 July 2020 1998-99 last Sunday", 2000)));
    }

    private static TestCaseData Case(string name, string text) => new TestCaseData(text).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Inputs))]
    public void AnyTextGivesAResultWithFaithfulSpans(string text)
    {
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("hostile", text, new DateOnly(2031, 3, 14)));
        InvariantChecks.AssertSpansAreFaithful(analysis);
    }

    [TestCaseSource(nameof(Inputs))]
    public void AnyTextGivesValuesWithFaithfulSpans(string text)
    {
        foreach (var value in QuoteChecker.Default.RecognizeValues(text, new DateOnly(2031, 3, 14)))
        {
            Assert.That(value.Text, Is.EqualTo(text.Substring(value.Span.Start, value.Span.Length)));
        }
    }

    [Test]
    public void BinaryBytesDecodeAndAnalyse()
    {
        var random = new Random(5);
        byte[] bytes = new byte[200_000];
        random.NextBytes(bytes);
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.FromBytes("binary", bytes));
        InvariantChecks.AssertSpansAreFaithful(analysis);
    }

    [Test]
    public void OneHugeParagraphIsAnalysed()
    {
        var text = new StringBuilder();
        while (text.Length < 10_000_000)
        {
            text.Append("The council said \"repairs will take 18 months\" and more than 300 homes were damaged on 4 May 2031. ");
        }

        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("huge", text.ToString()));
        InvariantChecks.AssertSpansAreFaithful(analysis);
    }

    [Test]
    public void ACancelledTokenStopsTheAnalysis()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.That(() => QuoteChecker.Default.Analyze(SourceDocument.Create("x", "text"), cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void NullArgumentsThrowArgumentNullException()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => QuoteChecker.Default.Analyze(null!), Throws.ArgumentNullException);
            Assert.That(() => QuoteChecker.Default.Check(null!), Throws.ArgumentNullException);
            Assert.That(() => QuoteChecker.Default.RecognizeValues(null!), Throws.ArgumentNullException);
            Assert.That(() => SourceDocument.Create(null!, "x"), Throws.ArgumentNullException);
        });
    }
}
