using System.Text;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// Whatever scrapers bring: the analysis returns a result with faithful spans and never throws. Each
/// case is a kept regression input; inputs are built here, not read from files.
/// </summary>
public class HostileInputTests
{
    // 100 KB each: enough to expose a quadratic scan without slowing the suite; the evaluation
    // program's "hostile" mode times the same inputs at 1 MB.
    private static IEnumerable<TestCaseData> Inputs() =>
        HostileInputs.All(100_000).Select(i => Case(i.Name, i.Text));

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
