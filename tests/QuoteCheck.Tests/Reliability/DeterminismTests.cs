using System.Globalization;
using QuoteCheck.Reporting;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>Same input, same bytes: whatever the thread count, the machine's culture or the order of the files.</summary>
public class DeterminismTests
{
    private static IReadOnlyList<SourceDocument> Cluster(int n) =>
        [.. SyntheticNews.Cluster(n, seed: 3, targetBytes: 2_000).Select(a => SourceDocument.Create(a.Id, a.Text, a.Published, a.Outlet))];

    private static string Json(QuoteChecker checker, IEnumerable<SourceDocument> documents)
    {
        using var writer = new StringWriter();
        JsonReportWriter.Instance.Write(checker.Check(documents), writer);
        return writer.ToString();
    }

    [Test]
    public void OneThreadAndManyThreadsGiveTheSameReport()
    {
        var documents = Cluster(40);
        string single = Json(new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).Build(), documents);
        string parallel = Json(new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(8).Build(), documents);
        Assert.That(parallel, Is.EqualTo(single));
    }

    [Test]
    public void ASharedCheckerGivesIdenticalResultsOnManyThreads()
    {
        var documents = Cluster(12);
        QuoteChecker checker = QuoteChecker.Default;
        string expected = Json(checker, documents);
        string[] results = new string[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => results[i] = Json(checker, documents));
        Assert.That(results, Is.All.EqualTo(expected));
    }

    [TestCase("tr-TR")]
    [TestCase("de-DE")]
    [TestCase("ar-SA")]
    public void TheMachinesCultureDoesNotChangeTheReport(string culture)
    {
        var documents = Cluster(10);
        string invariant = RunUnder(CultureInfo.InvariantCulture, () => Json(QuoteChecker.Default, documents));
        string local = RunUnder(new CultureInfo(culture), () => Json(QuoteChecker.Default, documents));
        Assert.That(local, Is.EqualTo(invariant));
    }

    [Test]
    public void TheOrderOfTheInputDoesNotChangeTheFindings()
    {
        var documents = Cluster(10);
        var forward = QuoteChecker.Default.Check(documents);
        var backward = QuoteChecker.Default.Check(documents.Reverse());
        string[] ForwardIds(CrossCheckReport r) => [.. r.Documents.Select(d => d.Document.Id + ":" + d.Quotes.Count + ":" + d.Claims.Count).Order(StringComparer.Ordinal)];
        Assert.That(ForwardIds(backward), Is.EqualTo(ForwardIds(forward)));
    }

    private static T RunUnder<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo before = CultureInfo.CurrentCulture, beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
