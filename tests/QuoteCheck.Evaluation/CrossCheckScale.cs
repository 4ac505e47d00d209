using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using QuoteCheck.CrossCheck;
using QuoteCheck.Reporting;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Evaluation;

/// <summary>
/// Times the cross-check over growing synthetic clusters (the curve in docs/reliability.md) and counts
/// how many of the planted death-toll disagreements it reports. Times are for people to read, not asserted.
/// </summary>
internal static partial class CrossCheckScale
{
    public static int Run(string[] args)
    {
        int bytes = 1_000;
        var counts = new List<int>();
        foreach (string arg in args)
        {
            if (arg.StartsWith("--bytes=", StringComparison.Ordinal))
            {
                bytes = int.Parse(arg["--bytes=".Length..], CultureInfo.InvariantCulture);
            }
            else
            {
                counts.Add(int.Parse(arg, CultureInfo.InvariantCulture));
            }
        }

        if (counts.Count == 0)
        {
            counts.AddRange([1_000, 2_000, 5_000, 10_000]);
        }

        // JIT and word lists first, so the first row is not paying for them.
        QuoteChecker.Default.Check(SyntheticNews.Cluster(10, seed: 3, targetBytes: bytes).Select(ToDocument));
        Console.WriteLine($"documents | chars | analyse s | cross-check s | check alloc MB | conflicts | planted toll disagreements found");
        foreach (int count in counts)
        {
            var articles = SyntheticNews.Cluster(count, seed: 7, targetBytes: bytes);
            var documents = articles.Select(ToDocument).ToList();
            long chars = documents.Sum(d => (long)d.Text.Length);
            var watch = Stopwatch.StartNew();
            IReadOnlyList<DocumentAnalysis> analyses = QuoteChecker.Default.AnalyzeAll(documents);
            double analyse = watch.Elapsed.TotalSeconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            CrossCheckReport report = QuoteChecker.Default.CrossCheck(analyses);
            double check = watch.Elapsed.TotalSeconds;
            long checkAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            (int planted, int found) = PlantedTollDisagreements(articles, report);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count:N0} | {chars:N0} | {analyse:F1} | {check:F1} | {checkAllocated / 1e6:F0} | {report.Conflicts.Count:N0} | {found} of {planted}"));
        }

        return 0;
    }

    private static SourceDocument ToDocument(SyntheticNews.Article a) => SourceDocument.Create(a.Id, a.Text, a.Published, a.Outlet);

    /// <summary>Events whose articles give different death tolls in their headlines, and how many of them have a claim conflict naming two such figures.</summary>
    internal static (int Planted, int Found) PlantedTollDisagreements(IReadOnlyList<SyntheticNews.Article> articles, CrossCheckReport report)
    {
        var byEvent = articles.GroupBy(a => a.Id[..6]).ToList();
        var conflictsByEvent = report.Conflicts
            .Where(c => c.Kind is ConflictKind.ClaimValue or ConflictKind.Update or ConflictKind.Internal)
            .SelectMany(c => c.Evidence.Select(e => (Event: e.DocumentId[..6], Conflict: c)))
            .ToLookup(x => x.Event, x => x.Conflict);
        int planted = 0, found = 0;
        foreach (var group in byEvent)
        {
            var tolls = group.Select(a => Headline().Match(a.Text).Groups[1].Value).Distinct().ToList();
            if (tolls.Count < 2)
            {
                continue;
            }

            planted++;
            // The event's own documents, in one death-toll conflict, must show at least two of its different tolls.
            if (conflictsByEvent[group.Key].Distinct().Any(c => c.Evidence
                .Where(e => e.DocumentId.StartsWith(group.Key, StringComparison.Ordinal))
                .Select(e => Number().Match(e.Text).Value)
                .Where(tolls.Contains)
                .Distinct()
                .Count() >= 2))
            {
                found++;
            }
        }

        return (planted, found);
    }

    [GeneratedRegex(@" kills (\d+)\n", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Headline();

    [GeneratedRegex(@"\d+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();
}
