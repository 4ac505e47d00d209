using BenchmarkDotNet.Attributes;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// Quotes + claims over an invented article of about 200 KB, with the built-in rules padded to 10 or to
/// 200 rules: the time should hardly change, because all rules share one trigger lookup per word.
/// Report MB/s as 0.2 / (mean seconds).
/// </summary>
[MemoryDiagnoser]
public class ClaimBenchmarks
{
    private const string Paragraph =
        "More than 4,200 people died in the flood at Varnholt, and at least 900 were injured, officials said on Tuesday. " +
        "\"We have evacuated some 2,500 residents since March 2031,\" Mayor Idris Vell told reporters. " +
        "Talks between Dorran and Velia broke down in November 2029 and resumed 18 months later; " +
        "seven of the league's 19 clubs voted for a 100-percent levy worth $5 million. ";

    private QuoteChecker _checker = QuoteChecker.Default;
    private SourceDocument _document = SourceDocument.Create("bench", Paragraph);

    /// <summary>How many rules the pipeline holds (the built-in ones, padded with user rules).</summary>
    [Params(10, 200)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new System.Text.StringBuilder();
        while (text.Length < 200_000)
        {
            text.Append(Paragraph).Append("\n\n");
        }

        _document = SourceDocument.Create("bench", text.ToString(), new DateOnly(2031, 7, 12));
        int extra = Math.Max(0, Rules - ClaimRuleSet.Default.Count);
        IEnumerable<IClaimRule> padding = Enumerable.Range(0, extra).Select(i => (IClaimRule)ClaimRule.Create($"user-kind-{i}")
            .WhenNear($"zorbled{i}", $"quaxen{i} vorth")
            .Expecting(ValueKind.Number)
            .Build());
        _checker = new QuoteCheckerBuilder().AddClaimRules(ClaimRuleSet.Create(padding)).WithMaxDegreeOfParallelism(1).Build();
    }

    /// <summary>Analyses the article: layout, quotes, values and claims.</summary>
    [Benchmark]
    public int AnalyzeQuotesAndClaims() => _checker.Analyze(_document).Claims.Count;
}
