using QuoteCheck.Reporting;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Tests;

/// <summary>What a caller's <see cref="IProgress{T}"/> hears during a check, and that listening changes nothing.</summary>
public class CheckProgressTests
{
    private static IReadOnlyList<SourceDocument> Cluster(int n) =>
        [.. SyntheticNews.Cluster(n, seed: 5, targetBytes: 1_500).Select(a => SourceDocument.Create(a.Id, a.Text, a.Published, a.Outlet))];

    /// <summary>Collects reports from whichever thread sends them, without a synchronisation context in the way.</summary>
    private sealed class Recorder : IProgress<CheckProgress>
    {
        private readonly Lock _gate = new();
        private readonly List<CheckProgress> _reports = [];

        public IReadOnlyList<CheckProgress> Reports
        {
            get
            {
                lock (_gate)
                {
                    return [.. _reports];
                }
            }
        }

        public void Report(CheckProgress value)
        {
            lock (_gate)
            {
                _reports.Add(value);
            }
        }
    }

    private static string Json(CrossCheckReport report)
    {
        using var writer = new StringWriter();
        JsonReportWriter.Instance.Write(report, writer);
        return writer.ToString();
    }

    [TestCase(1)]
    [TestCase(4)]
    public void EveryDocumentIsReportedOnceAndTheCrossCheckStartsAndEnds(int threads)
    {
        var documents = Cluster(14);
        var recorder = new Recorder();
        new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(threads).Build().Check(documents, recorder);
        IReadOnlyList<CheckProgress> reports = recorder.Reports;
        CheckProgress[] analysing = [.. reports.Where(static r => r.Stage == CheckStage.Analyzing)];
        Assert.Multiple(() =>
        {
            Assert.That(reports, Has.All.Property(nameof(CheckProgress.Total)).EqualTo(documents.Count));
            Assert.That(analysing.Select(static r => r.Completed).Order(), Is.EqualTo(Enumerable.Range(0, documents.Count + 1)), "0, then each document once");
            Assert.That(reports.Take(analysing.Length), Is.EqualTo(analysing), "analysis is reported before the cross-check");
            Assert.That(reports.Skip(analysing.Length), Is.EqualTo(new[]
            {
                new CheckProgress(CheckStage.CrossChecking, 0, documents.Count),
                new CheckProgress(CheckStage.CrossChecking, documents.Count, documents.Count),
            }));
        });
    }

    [Test]
    public void ListeningToProgressGivesTheSameReport()
    {
        var documents = Cluster(10);
        string quiet = Json(QuoteChecker.Default.Check(documents));
        string heard = Json(QuoteChecker.Default.Check(documents, new Recorder()));
        Assert.That(heard, Is.EqualTo(quiet));
    }

    [Test]
    public void NoProgressIsTheSameAsTheOverloadWithout()
    {
        var documents = Cluster(6);
        Assert.That(Json(QuoteChecker.Default.Check(documents, progress: null)), Is.EqualTo(Json(QuoteChecker.Default.Check(documents))));
    }

    [Test]
    public void ACancelledCheckStopsWithoutAReport()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => QuoteChecker.Default.Check(Cluster(3), new Recorder(), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
