using System.Text;
using System.Text.RegularExpressions;
using QuoteCheck.CrossCheck;
using QuoteCheck.Reporting;
using QuoteCheck.Synthetic;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// Volume: many documents, or one document with tens of thousands of claims, are cross-checked to the end,
/// the planted disagreements come out, and the memory allocated stays proportional to the input. No time
/// is asserted; the time curve (1,000 to 10,000 documents) is in docs/reliability.md.
/// </summary>
public partial class CrossCheckVolumeTests
{
    // Generous: measured about 60 bytes per character for analysis and 130 to 270 for the cross-check.
    private const double MaxAllocatedBytesPerChar = 2_000;

    [TestCase(1_000)]
    [TestCase(10_000)]
    public void ManyDocumentsGiveEveryPlantedDeathTollDisagreement(int count)
    {
        // The ends of the curve in docs/reliability.md, with short articles to keep CI quick.
        var articles = SyntheticNews.Cluster(count, seed: 7, targetBytes: 1_000);
        var documents = articles.Select(a => SourceDocument.Create(a.Id, a.Text, a.Published, a.Outlet)).ToList();
        long chars = documents.Sum(d => (long)d.Text.Length);

        long before = GC.GetTotalAllocatedBytes(precise: true);
        CrossCheckReport report = QuoteChecker.Default.Check(documents);
        double perChar = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)chars;

        Assert.That(report.Documents, Has.Count.EqualTo(documents.Count));
        var planted = PlantedTolls(articles);
        Assert.That(planted, Has.Count.GreaterThan(50), "the generator plants disagreements");
        var missed = planted.Where(p => !Reported(report, p.Key, p.Value)).Select(p => p.Key).ToList();
        Assert.That(missed, Is.Empty, "every event whose sources give different tolls has a conflict showing two of them");
        Assert.That(perChar, Is.LessThan(MaxAllocatedBytesPerChar), "bytes allocated per input character");
    }

    [Test]
    public void OneDocumentWithFiftyThousandClaimsGivesThePlantedConflict()
    {
        const int claims = 50_000;
        var text = new StringBuilder("Flood in Tarn Oslo\n\nMayor Ilsa Quorne of Tarn Oslo and Governor Pell Arrande visited the Brevik Marsh shelters.\n\n");
        for (int i = 0; i < claims; i++)
        {
            if (i == claims / 2)
            {
                text.Append("Exactly 52 people died in the flood, the Varde regional office said later.\n\n");
            }

            text.Append("Exactly 40 people died in the flood, officials said. ");
            if (i % 10 == 9)
            {
                text.Append("\n\n");
            }
        }

        var big = SourceDocument.Create("big", text.ToString(), new DateOnly(2031, 5, 4));
        var small = SourceDocument.Create("small", "Mayor Ilsa Quorne of Tarn Oslo and Governor Pell Arrande said exactly 45 people died in the flood at Brevik Marsh.", new DateOnly(2031, 5, 4));

        long before = GC.GetTotalAllocatedBytes(precise: true);
        CrossCheckReport report = QuoteChecker.Default.Check([big, small]);
        double perChar = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)big.Text.Length;

        Assert.That(report.Documents[0].Claims, Has.Count.GreaterThanOrEqualTo(claims));
        Conflict deaths = report.Conflicts.Single(c => c.Kind == ConflictKind.ClaimValue);
        Assert.That(deaths.Evidence.Select(e => (e.DocumentId, e.Text)).Distinct(),
            Is.SupersetOf(new[] { ("big", "40"), ("big", "52"), ("small", "45") }));
        Assert.That(perChar, Is.LessThan(MaxAllocatedBytesPerChar), "bytes allocated per input character");
    }

    /// <summary>Events whose articles give different death tolls in their headlines, with those tolls.</summary>
    private static Dictionary<string, HashSet<string>> PlantedTolls(IEnumerable<SyntheticNews.Article> articles) =>
        articles.GroupBy(EventOf)
            .Select(g => (g.Key, Tolls: g.Select(a => Headline().Match(a.Text).Groups[1].Value).ToHashSet(StringComparer.Ordinal)))
            .Where(e => e.Tolls.Count > 1)
            .ToDictionary(e => e.Key, e => e.Tolls, StringComparer.Ordinal);

    // The event's own documents, in one claim conflict, show at least two of its different tolls.
    private static bool Reported(CrossCheckReport report, string eventId, HashSet<string> tolls) =>
        report.Conflicts.Where(c => c.Kind is ConflictKind.ClaimValue or ConflictKind.Update or ConflictKind.Internal)
            .Any(c => c.Evidence
                .Where(e => EventOf(e.DocumentId) == eventId)
                .Select(e => Number().Match(e.Text).Value)
                .Where(tolls.Contains)
                .Distinct(StringComparer.Ordinal)
                .Count() >= 2);

    private static string EventOf(SyntheticNews.Article article) => EventOf(article.Id);

    private static string EventOf(string documentId) => documentId[..documentId.IndexOf('-', StringComparison.Ordinal)];

    [GeneratedRegex(@" kills (\d+)\n", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Headline();

    [GeneratedRegex(@"\d+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();
}
