using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuoteCheck.Reporting;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Benchmarks;

/// <summary>
/// The cross-check's scaling curve: synthetic clusters from 1,000 articles up to a maximum (100,000 by
/// default), timing analysis and cross-check apart, with the live managed heap after each run (documents, analyses and report held). Writes a
/// Markdown table to standard output and a log-log SVG plot. Each size runs once after a warm-up on the
/// smallest size: a curve, not a precise figure (BenchmarkDotNet gives those for the stages).
/// </summary>
internal static class ScalingRun
{
    public static int Run(string[] args)
    {
        int max = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        string svgPath = args.Length > 1 ? args[1] : "scaling.svg";
        int[] sizes = [.. new[] { 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000 }.Where(n => n <= max)];
        QuoteChecker checker = QuoteChecker.Default;
        _ = checker.CrossCheck(checker.AnalyzeAll(Documents(200)));

        var rows = new List<(int N, double Mb, double AnalyzeS, double CheckS, long HeapMb, int Conflicts)>();
        Console.WriteLine($"| articles | MB of text | analysis (s, {Environment.ProcessorCount} cores) | cross-check (s) | cross-check µs/article | live managed heap (MB) | conflicts |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (int n in sizes)
        {
            IReadOnlyList<SourceDocument> documents = Documents(n);
            double mb = documents.Sum(d => (double)Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
            GC.Collect();
            var watch = Stopwatch.StartNew();
            IReadOnlyList<DocumentAnalysis> analyses = checker.AnalyzeAll(documents);
            double analyzeS = watch.Elapsed.TotalSeconds;
            watch.Restart();
            CrossCheckReport report = checker.CrossCheck(analyses);
            double checkS = watch.Elapsed.TotalSeconds;
            // Live memory with the documents, their analyses and the report all held: what the run needs, not the garbage it left.
            long heapMb = GC.GetTotalMemory(forceFullCollection: true) / 1_000_000;
            int conflicts = CountConflicts(report);
            rows.Add((n, mb, analyzeS, checkS, heapMb, conflicts));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {mb:F1} | {analyzeS:F2} | {checkS:F2} | {checkS * 1e6 / n:F1} | {heapMb:N0} | {conflicts:N0} |"));
            GC.KeepAlive(report);
            GC.KeepAlive(analyses);
            GC.KeepAlive(documents);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Environment.WorkingSet / 1_000_000:N0} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000:N0} MB at most"));
        File.WriteAllText(svgPath, Plot(rows.Select(r => (r.N, r.AnalyzeS, r.CheckS)).ToList()));
        Console.WriteLine($"plot: {Path.GetFullPath(svgPath)}");
        return 0;
    }

    private static int CountConflicts(CrossCheckReport report)
    {
        // Reflection keeps this runner independent of how the report names its findings.
        object? conflicts = report.GetType().GetProperty("Conflicts")?.GetValue(report);
        return conflicts is System.Collections.ICollection c ? c.Count : 0;
    }

    private static IReadOnlyList<SourceDocument> Documents(int n) =>
        [.. SyntheticNews.Cluster(n, seed: 11).Select(a => SourceDocument.Create(a.Id, a.Text, a.Published, a.Outlet))];

    private static string Plot(List<(int N, double AnalyzeS, double CheckS)> rows)
    {
        const int W = 640, H = 400, L = 70, R = 20, T = 30, B = 50;
        double minX = Math.Log10(rows.Min(r => r.N)), maxX = Math.Log10(rows.Max(r => r.N));
        double minY = Math.Log10(Math.Max(1e-4, rows.Min(r => Math.Min(r.AnalyzeS, r.CheckS)))), maxY = Math.Log10(Math.Max(1e-3, rows.Max(r => Math.Max(r.AnalyzeS, r.CheckS))));
        if (maxX - minX < 1e-9) { maxX = minX + 1; }
        if (maxY - minY < 1e-9) { maxY = minY + 1; }
        double X(double n) => L + (Math.Log10(n) - minX) / (maxX - minX) * (W - L - R);
        double Y(double s) => H - B - (Math.Log10(Math.Max(1e-4, s)) - minY) / (maxY - minY) * (H - T - B);
        string Line(Func<(int N, double AnalyzeS, double CheckS), double> pick) =>
            string.Join(" ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{X(r.N):F1},{Y(pick(r)):F1}")));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{W / 2}\" y=\"18\" text-anchor=\"middle\">QuoteCheck scaling (log-log): seconds against articles</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{L}\" y1=\"{H - B}\" x2=\"{W - R}\" y2=\"{H - B}\" stroke=\"black\"/><line x1=\"{L}\" y1=\"{T}\" x2=\"{L}\" y2=\"{H - B}\" stroke=\"black\"/>\n");
        foreach (var r in rows)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(r.N):F1}\" y=\"{H - B + 18}\" text-anchor=\"middle\">{r.N:N0}</text>\n");
        }

        for (double e = Math.Floor(minY); e <= Math.Ceiling(maxY); e++)
        {
            double y = Y(Math.Pow(10, e));
            if (y >= T - 1 && y <= H - B + 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{L - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{Math.Pow(10, e):G3} s</text><line x1=\"{L}\" y1=\"{y:F1}\" x2=\"{W - R}\" y2=\"{y:F1}\" stroke=\"#ddd\"/>\n");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"{Line(r => r.AnalyzeS)}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\" points=\"{Line(r => r.CheckS)}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{L + 10}\" y=\"{T + 14}\" fill=\"#1f77b4\">analysis (all cores)</text><text x=\"{L + 10}\" y=\"{T + 30}\" fill=\"#d62728\">cross-check</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{W / 2}\" y=\"{H - 10}\" text-anchor=\"middle\">articles (synthetic, about 5 KB each)</text>\n</svg>\n");
        return svg.ToString();
    }
}
