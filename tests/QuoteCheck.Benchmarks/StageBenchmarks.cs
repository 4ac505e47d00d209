using BenchmarkDotNet.Attributes;
using QuoteCheck.Reporting;
using QuoteCheck.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>Reading bytes into documents and splitting them into paragraphs and sentences.</summary>
[WholeInput]
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private byte[][] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = [.. BenchInput.Documents.Select(d => System.Text.Encoding.UTF8.GetBytes(d.Text))];
        TieredWarmUp.Run(ReadAndSegment);
    }

    [Benchmark(Description = "read + segment")]
    public int ReadAndSegment()
    {
        int sentences = 0;
        for (int i = 0; i < _bytes.Length; i++)
        {
            sentences += DocumentLayout.Of(SourceDocument.FromBytes("b", _bytes[i])).Sentences.Count;
        }

        return sentences;
    }
}

/// <summary>Recognising values (numbers, dates, durations) in every document.</summary>
[WholeInput]
[MemoryDiagnoser]
public class ValueBenchmarks
{
    private readonly QuoteChecker _checker = QuoteChecker.Default;

    [GlobalSetup]
    public void Setup() => TieredWarmUp.Run(Values);

    [Benchmark(Description = "values")]
    public int Values()
    {
        int count = 0;
        foreach (SourceDocument d in BenchInput.Documents)
        {
            count += _checker.RecognizeValues(d.Text, d.Published).Count;
        }

        return count;
    }
}

/// <summary>The whole per-document analysis (layout, quotes, values, claims) on one thread.</summary>
[WholeInput]
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private readonly QuoteChecker _checker = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(1).Build();

    [GlobalSetup]
    public void Setup() => TieredWarmUp.Run(Analyze);

    [Benchmark(Description = "quotes + claims (1 core)")]
    public int Analyze()
    {
        return BenchInput.AnalyzeEach(_checker);
    }
}

/// <summary>End to end: analysis, cross-check and the JSON report, on one thread and on all cores.</summary>
[WholeInput]
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private QuoteChecker _checker = QuoteChecker.Default;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(Threads).Build();
        TieredWarmUp.Run(CheckAndWriteJson);
    }

    [Benchmark(Description = "check + JSON")]
    public int CheckAndWriteJson()
    {
        CrossCheckReport report = _checker.Check(BenchInput.Documents);
        using var writer = new StringWriter();
        JsonReportWriter.Instance.Write(report, writer);
        return writer.GetStringBuilder().Length;
    }
}

/// <summary>The cross-check alone, over analyses made once in setup (grouping, findings; no analysis, no report).</summary>
[WholeInput]
[MemoryDiagnoser]
public class CrossCheckBenchmarks
{
    private QuoteChecker _checker = QuoteChecker.Default;
    private IReadOnlyList<DocumentAnalysis> _analyses = [];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _checker = new QuoteCheckerBuilder().WithMaxDegreeOfParallelism(Threads).Build();
        _analyses = _checker.AnalyzeAll(BenchInput.Documents);
        TieredWarmUp.Run(CrossCheck);
    }

    [Benchmark(Description = "cross-check")]
    public int CrossCheck() => _checker.CrossCheck(_analyses).Conflicts.Count;
}

/// <summary>Writing the JSON report of a cross-check made once in setup.</summary>
[WholeInput]
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private CrossCheckReport? _report;

    [GlobalSetup]
    public void Setup()
    {
        _report = QuoteChecker.Default.Check(BenchInput.Documents);
        TieredWarmUp.Run(WriteJson);
    }

    [Benchmark(Description = "JSON report")]
    public int WriteJson()
    {
        using var writer = new StringWriter();
        JsonReportWriter.Instance.Write(_report!, writer);
        return writer.GetStringBuilder().Length;
    }
}
