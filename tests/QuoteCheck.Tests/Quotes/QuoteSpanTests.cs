using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Quotes;

/// <summary>Where quotations start and end, as a compact table: input, then the expected (start, length) of each quote.</summary>
public class QuoteSpanTests
{
    private static Quote[] Quotes(string text) => [.. QuoteChecker.Default.Analyze(SourceDocument.Create("t", text)).Quotes.Where(q => q.Kind != QuoteKind.Indirect)];

    //         input                                                         expected spans: start, length, start, length...
    [TestCase("\"Go,\" Ana said.", 1, 3)]
    [TestCase("\u201CGo,\u201D Ana said.", 1, 3)]
    [TestCase("\u2018Go,\u2019 Ana said.", 1, 3)]
    [TestCase("\u00ABGo,\u00BB Ana said.", 1, 3)]
    [TestCase("\u00BBGo,\u00AB Ana said.", 1, 3)]
    [TestCase("\u201EGo,\u201C Ana said.", 1, 3)]
    [TestCase("''Go,'' Ana said.", 2, 3)]
    [TestCase("Ana said \"go\" and \"stay\" twice.", 10, 2, 19, 4)]
    [TestCase("\"A 'b' c,\" Ana said.", 1, 8)]
    [TestCase("'A \"b\" c,' Ana said.", 1, 8)]
    [TestCase("\"A,\" Ana said. \u201DB.\u201D", 1, 2, 16, 2)]
    [TestCase("Ana's '90s don't count, nor the Coast' ports.")]
    [TestCase("Ana\u2019s \u201990s don\u2019t count, nor the Coast\u2019 ports.")]
    [TestCase("5\" pipes and 3\" nails were sold.")]
    [TestCase("A lone \u201D stray mark.")]
    public void FindsQuoteSpans(string text, params int[] spans)
    {
        Quote[] quotes = Quotes(text);
        int[] actual = [.. quotes.SelectMany(q => new[] { q.Span.Start, q.Span.Length })];
        Assert.That(actual, Is.EqualTo(spans), string.Join(" | ", quotes.Select(q => q.Text)));
        foreach (Quote q in quotes)
        {
            Assert.That(text.Substring(q.Span.Start, q.Span.Length), Is.EqualTo(q.Text));
        }
    }

    [Test]
    public void AnUnclosedQuoteEndsWithItsParagraphAndSaysSo()
    {
        const string text = "Ana said \"we are late.\n\nBo arrived on time.";
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("t", text));
        Quote quote = analysis.Quotes.Single(q => q.Kind != QuoteKind.Indirect);
        Assert.That(quote.Span, Is.EqualTo(TextSpan.FromBounds(10, 22)));
        Assert.That(analysis.Diagnostics.Select(d => d.Code), Has.Member("QC0101"));
    }

    [Test]
    public void AnUnclosedQuoteInALongParagraphEndsWithItsFirstSentence()
    {
        string text = "Ana said \"we are late. " + string.Concat(Enumerable.Repeat("Bo walked along the long quay again. ", 40));
        Quote quote = QuoteChecker.Default.Analyze(SourceDocument.Create("t", text)).Quotes.Single(q => q.Kind != QuoteKind.Indirect);
        Assert.That(quote.Text, Is.EqualTo("we are late."));
    }

    [Test]
    public void AQuoteRunsOnOverParagraphsThatReopenButNoFurtherThanTheBound()
    {
        string paragraphs = string.Join("\n\n", Enumerable.Repeat("\"We keep going", 15));
        Quote quote = QuoteChecker.Default.Analyze(SourceDocument.Create("t", "Ana said: " + paragraphs)).Quotes[0];
        Assert.That(quote.Kind, Is.EqualTo(QuoteKind.MultiParagraph));
        Assert.That(quote.Parts, Has.Count.EqualTo(10), "a quote covers at most ten paragraphs");
    }

    [Test]
    public void MultiParagraphPartsExcludeTheMarks()
    {
        const string text = "Ana said: \"One.\n\n\"Two.\n\n\"Three.\"";
        Quote quote = QuoteChecker.Default.Analyze(SourceDocument.Create("t", text)).Quotes.Single();
        Assert.That(quote.Parts.Select(p => text.Substring(p.Start, p.Length)), Is.EqualTo(new[] { "One.", "Two.", "Three." }));
        Assert.That(quote.Text, Is.EqualTo("One. Two. Three."));
        Assert.That(quote.Span, Is.EqualTo(TextSpan.FromBounds(11, 31)));
    }

    [Test]
    public void ManyStrayMarksFinishAndKeepOffsetsInsideTheText()
    {
        // Kept regression input: marks of every kind in every position must neither hang nor throw.
        var random = new Random(7);
        const string marks = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E said he. \n\n";
        char[] chars = new char[20_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = marks[random.Next(marks.Length)];
        }

        string text = new(chars);
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("t", text));
        foreach (Quote q in analysis.Quotes)
        {
            Assert.That(q.Span.End, Is.LessThanOrEqualTo(text.Length));
            Assert.That(q.Parts.All(p => p.End <= text.Length && p.Start >= q.Span.Start), Is.True);
        }
    }
}
