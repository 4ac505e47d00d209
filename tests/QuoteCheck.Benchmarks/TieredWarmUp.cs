using System.Diagnostics;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// Runs a benchmark's work in its global setup until the JIT has finished tiering it up, so BenchmarkDotNet
/// measures the code a long-running host runs.
/// </summary>
/// <remarks>
/// Without it a short job measured some processes at twice their steady time: the pilot stage timed the
/// first operations while most methods still ran as quick tier-0 code (180 ms an operation instead of 25),
/// chose three operations an iteration from that, and the three warm-up iterations ended before the
/// background compiler had put the optimised code in place (the iterations still fell 50 → 45 → 42 ms).
/// Tiering takes a method through call counting (after a quiet spell of 100 ms), an instrumented tier
/// and the optimised tier; how long that takes in operations depends on the work, so the work is run until
/// its time stops improving rather than a fixed number of times.
/// </remarks>
internal static class TieredWarmUp
{
    private static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaximumTime = TimeSpan.FromSeconds(20);

    /// <summary>Runs that must pass without a new best time (by more than 1%) before the work counts as warm.</summary>
    private const int RunsWithoutProgress = 10;

    /// <summary>Runs <paramref name="work"/> until it is warm (see the remarks) or 20 seconds have passed.</summary>
    public static void Run(Func<int> work)
    {
        var total = Stopwatch.StartNew();
        double best = double.MaxValue;
        int sinceBest = 0;
        while (total.Elapsed < MaximumTime && (sinceBest < RunsWithoutProgress || total.Elapsed < MinimumTime))
        {
            long start = Stopwatch.GetTimestamp();
            GC.KeepAlive(work());
            double elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (elapsed < best * 0.99)
            {
                best = elapsed;
                sinceBest = 0;
            }
            else
            {
                sinceBest++;
            }
        }
    }
}
