using BenchmarkDotNet.Attributes;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// The quote stage alone (tokens, cues, speakers, quotes) over layouts made once in setup: the part of
/// <see cref="AnalysisBenchmarks"/> that is neither the layout nor values and claims.
/// </summary>
[WholeInput]
[MemoryDiagnoser]
public class QuoteStageBenchmarks
{
    private readonly QuoteExtractor _extractor = new([], []);
    private readonly List<Diagnostic> _diagnostics = [];
    private DocumentLayout[] _layouts = [];

    [GlobalSetup]
    public void Setup()
    {
        _layouts = [.. BenchInput.Documents.Select(DocumentLayout.Of)];
        TieredWarmUp.Run(Quotes);
    }

    [Benchmark(Description = "quotes (1 core)")]
    public int Quotes()
    {
        int count = 0;
        IReadOnlyList<SourceDocument> documents = BenchInput.Documents;
        for (int i = 0; i < documents.Count; i++)
        {
            _diagnostics.Clear();
            count += _extractor.Extract(documents[i], _layouts[i], _diagnostics, CancellationToken.None).Quotes.Count;
        }

        return count;
    }
}

/// <summary>
/// The claim stage alone (claim rules over sentences that hold values) over layouts, values and quotes
/// found once in setup: the part of <see cref="AnalysisBenchmarks"/> after values.
/// </summary>
[WholeInput]
[MemoryDiagnoser]
public class ClaimStageBenchmarks
{
    private readonly ClaimExtractor _extractor = new(ClaimRuleSet.Default);
    private DocumentLayout[] _layouts = [];
    private IReadOnlyList<RecognizedValue>[] _values = [];
    private IReadOnlyList<Quote>[] _quotes = [];

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<SourceDocument> documents = BenchInput.Documents;
        _layouts = [.. documents.Select(DocumentLayout.Of)];
        _values = [.. documents.Select(Values)];
        _quotes = [.. documents.Select(d => QuoteChecker.Default.Analyze(d).Quotes)];
        TieredWarmUp.Run(Claims);
    }

    [Benchmark(Description = "claims (1 core)")]
    public int Claims()
    {
        int count = 0;
        IReadOnlyList<SourceDocument> documents = BenchInput.Documents;
        for (int i = 0; i < documents.Count; i++)
        {
            count += _extractor.Extract(documents[i], _layouts[i], _values[i], _quotes[i], CancellationToken.None).Count;
        }

        return count;
    }

    // As the analysis finds them: over the document's body, read against its date.
    private static List<RecognizedValue> Values(SourceDocument document)
    {
        var values = new List<RecognizedValue>();
        ValueRecognizer.Default.Recognize(document.Text, document.Body, document.Published, values);
        return values;
    }
}
