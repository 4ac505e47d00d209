using BenchmarkDotNet.Attributes;
using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// Quotes + claims over the whole benchmark input with the built-in rules padded to 10 (the built-in
/// set, about a dozen) or to 200 rules: the MB/s should hardly change, because all rules share one
/// trigger lookup per word of each sentence that holds a value.
/// </summary>
[WholeInput]
[MemoryDiagnoser]
public class ClaimRuleScalingBenchmarks
{
    private QuoteChecker _checker = QuoteChecker.Default;

    /// <summary>How many rules the pipeline holds (at least the built-in ones).</summary>
    [Params(10, 200)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int extra = Math.Max(0, Rules - ClaimRuleSet.Default.Count);
        IEnumerable<IClaimRule> padding = Enumerable.Range(0, extra).Select(i => (IClaimRule)ClaimRule.Create($"user-kind-{i}")
            .WhenNear($"zorbled{i}", $"quaxen{i} vorth")
            .Expecting(ValueKind.Number)
            .Build());
        _checker = new QuoteCheckerBuilder().AddClaimRules(ClaimRuleSet.Create(padding)).WithMaxDegreeOfParallelism(1).Build();
        TieredWarmUp.Run(Analyze);
    }

    [Benchmark(Description = "quotes + claims by rule count (1 core)")]
    public int Analyze()
    {
        return BenchInput.AnalyzeEach(_checker);
    }
}
