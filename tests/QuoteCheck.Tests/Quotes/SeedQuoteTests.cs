using System.Globalization;
using System.Text;
using System.Text.Json;
using QuoteCheck.Quotes;
using QuoteCheck.Tests.Support;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Quotes;

/// <summary>
/// The quotes of the five real seed articles in ../shared/seeds (read at run time, never copied here):
/// Specs/seed-quotes.json names, for each, the file, a few words of the quote, its kind and the speaker.
/// </summary>
public class SeedQuoteTests
{
    private static readonly Lazy<Dictionary<string, DocumentAnalysis>> Analyses = new(Analyse);

    public static IEnumerable<TestCaseData> Expected()
    {
        using JsonDocument spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "seed-quotes.json")));
        foreach (JsonElement q in spec.RootElement.GetProperty("quotes").EnumerateArray())
        {
            string file = q.GetProperty("file").GetString()!, fragment = q.GetProperty("fragment").GetString()!;
            string kind = q.GetProperty("kind").GetString()!, speaker = q.GetProperty("speaker").GetString()!;
            yield return new TestCaseData(file, fragment, kind, speaker).SetName($"seed {file}: {speaker}, \"{fragment}\" ({kind})");
        }
    }

    public static IEnumerable<TestCaseData> Absent()
    {
        using JsonDocument spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "seed-quotes.json")));
        foreach (JsonElement q in spec.RootElement.GetProperty("absent").EnumerateArray())
        {
            yield return new TestCaseData(q.GetProperty("file").GetString()!, q.GetProperty("text").GetString()!);
        }
    }

    [TestCaseSource(nameof(Expected))]
    public void FindsTheSeedQuoteWithItsSpeaker(string file, string fragment, string kind, string speaker)
    {
        DocumentAnalysis analysis = Document(file);
        Quote[] matches = [.. analysis.Quotes.Where(q => q.Text.Contains(fragment, StringComparison.Ordinal) && QuoteSpecTests.JsonKind(q.Kind) == kind)];
        Assert.That(matches, Is.Not.Empty, $"no {kind} quote with \"{fragment}\" in {analysis.Document.Id}; found:\n{Describe(analysis)}");
        Assert.That(matches.Select(q => Fold(q.Speaker?.Name ?? "")), Has.Some.Contains(Fold(speaker)), Describe(analysis));
        foreach (Quote q in matches)
        {
            Assert.That(analysis.Document.Text.Substring(q.Span.Start, q.Span.Length), q.Kind == QuoteKind.MultiParagraph ? Does.StartWith(q.Parts[0].Slice(analysis.Document.Text).ToString()) : Is.EqualTo(q.Text));
        }
    }

    [TestCaseSource(nameof(Absent))]
    public void CrossHeadingsAreNotQuotes(string file, string text)
    {
        DocumentAnalysis analysis = Document(file);
        Assert.That(analysis.Quotes.Select(q => q.Text), Has.None.EqualTo(text));
    }

    private static DocumentAnalysis Document(string prefix)
    {
        string seeds = SharedData.RequireSeeds();
        _ = seeds;
        return Analyses.Value.Single(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Value;
    }

    private static Dictionary<string, DocumentAnalysis> Analyse()
    {
        string seeds = SharedData.RequireSeeds();
        SourceDocument[] docs = [.. Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(p => SourceDocument.Load(p))];
        return QuoteChecker.Default.AnalyzeAll(docs).ToDictionary(a => a.Document.Id, a => a);
    }

    private static string Describe(DocumentAnalysis analysis) =>
        string.Join("\n", analysis.Quotes.Select(q => $"  {QuoteSpecTests.JsonKind(q.Kind)} {q.Speaker?.Name ?? "nobody"}: {q.Text}"));

    private static string Fold(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
