using System.Text;
using QuoteCheck.Reporting;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// Kept cases from the mutation fuzzer (evaluation program, <c>fuzz</c> mode): inputs that analysed
/// quickly but stalled the cross-check. Rebuilt here from invented text, not read from the saved files.
/// </summary>
public class CrossCheckScaleTests
{
    // Fuzzed articles where a quote mark was duplicated or dropped left quotations of a few thousand
    // characters; every pair of them was compared by edit distance (cost: the product of the lengths).
    [Test]
    public void VeryLongQuotationsInManySourcesAreGroupedByTheirWords()
    {
        string speech = Repeat("the harbour board will rebuild the eastern pier of Port Alvane before winter ", 40);
        var documents = Enumerable.Range(0, 6)
            .Select(i => SourceDocument.Create($"src-{i}", $"Mayor Ilsa Quorne said \"{speech}and source {i} adds this.\"\n\nThe storm hit on 4 May 2031."))
            .ToList();

        CrossCheckReport report = QuoteChecker.Default.Check(documents);

        foreach (DocumentAnalysis analysis in report.Documents)
        {
            InvariantChecks.AssertSpansAreFaithful(analysis);
        }

        Assert.That(report.QuoteGroups.Where(g => g.Members.Count == documents.Count), Is.Not.Empty,
            "the same long quotation in every source is one group even without the character-level score");
    }

    // A fuzzed article with its full stops replaced: thousands of claims in one sentence, each of which
    // read the whole sentence to find its topic.
    [Test]
    public void ThousandsOfClaimsInOneSentenceAreChecked()
    {
        string text = Repeat("officials counted 40 people in the flooded hall, ", 4_000);
        var documents = new[]
        {
            SourceDocument.Create("a", text, new DateOnly(2031, 5, 4)),
            SourceDocument.Create("b", text.Replace("40 people", "45 people", StringComparison.Ordinal), new DateOnly(2031, 5, 4)),
        };

        CrossCheckReport report = QuoteChecker.Default.Check(documents);

        Assert.That(report.Documents.Sum(d => d.Claims.Count), Is.GreaterThan(2_000));
        foreach (DocumentAnalysis analysis in report.Documents)
        {
            InvariantChecks.AssertSpansAreFaithful(analysis);
        }
    }

    private static string Repeat(string unit, int count)
    {
        var text = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
