using System.Text.Json;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Quotes;

/// <summary>
/// Runs every case of Specs/quotes.json: our own invented news sentences, one per pattern the quote stage
/// must handle, with the quotes (span, kind, speaker) it must find and why the case exists.
/// </summary>
public class QuoteSpecTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Specs", "quotes.json");
        using JsonDocument spec = JsonDocument.Parse(File.ReadAllText(path));
        foreach (JsonElement c in spec.RootElement.GetProperty("cases").EnumerateArray())
        {
            string name = c.GetProperty("name").GetString()!;
            yield return new TestCaseData(c.Clone()).SetName(name).SetDescription(c.GetProperty("why").GetString() ?? "");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void FindsTheQuotes(JsonElement spec)
    {
        string input = spec.GetProperty("input").GetString()!;
        DateOnly? date = spec.GetProperty("context").TryGetProperty("date", out JsonElement d) ? DateOnly.Parse(d.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("spec", input, date));
        string found = Describe(input, analysis.Quotes);

        JsonElement[] expected = [.. spec.GetProperty("expected").EnumerateArray()];
        foreach (JsonElement e in expected)
        {
            int start = e.GetProperty("start").GetInt32();
            int length = e.GetProperty("length").GetInt32();
            Assert.That(input.Substring(start, length), Is.EqualTo(e.GetProperty("text").GetString()), "the spec's own offsets");
            Quote? quote = analysis.Quotes.FirstOrDefault(q => q.Span.Start == start && q.Span.Length == length);
            Assert.That(quote, Is.Not.Null, $"no quote at [{start}, {start + length}); found:\n{found}");
            Assert.That(JsonKind(quote!.Kind), Is.EqualTo(e.GetProperty("kind").GetString()), found);
            if (quote.Kind == QuoteKind.MultiParagraph)
            {
                // The span runs from the first word to the last; the text is the pieces without the marks between.
                Assert.That(quote.Parts, Has.Count.GreaterThan(1));
                Assert.That(quote.Text, Is.EqualTo(string.Join(" ", quote.Parts.Select(p => input.Substring(p.Start, p.Length)))));
            }
            else
            {
                Assert.That(quote.Text, Is.EqualTo(input.Substring(start, length)));
            }
            string? speaker = e.GetProperty("speaker").GetString();
            Assert.That(quote.Speaker?.Name, Is.EqualTo(speaker), found);
        }

        if (spec.TryGetProperty("exactCount", out JsonElement exact) && exact.GetBoolean())
        {
            Assert.That(analysis.Quotes, Has.Count.EqualTo(expected.Length), found);
        }

        if (spec.TryGetProperty("speakers", out JsonElement speakers))
        {
            foreach (JsonElement s in speakers.EnumerateArray())
            {
                string name = s.GetProperty("name").GetString()!;
                Speaker? speaker = analysis.Speakers.FirstOrDefault(x => x.Name == name);
                Assert.That(speaker, Is.Not.Null, $"no speaker '{name}' among {string.Join(", ", analysis.Speakers.Select(x => x.Name))}");
                Assert.That(speaker!.Kind.ToString(), Is.EqualTo(s.GetProperty("kind").GetString()));
                if (s.TryGetProperty("role", out JsonElement role))
                {
                    Assert.That(speaker.Role, Is.EqualTo(role.GetString()));
                }

                Assert.That(speaker.Mentions, Is.Not.Empty);
                Assert.That(speaker.Mentions, Is.Ordered);
            }
        }
    }

    internal static string JsonKind(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.MultiParagraph => "multi-paragraph",
        QuoteKind.Indirect => "indirect",
        _ => "unattributed",
    };

    private static string Describe(string input, IReadOnlyList<Quote> quotes) =>
        string.Join("\n", quotes.Select(q => $"  {JsonKind(q.Kind)} [{q.Span.Start}, {q.Span.End}) \"{q.Text}\" by {q.Speaker?.Name ?? "nobody"}"));
}
