using QuoteCheck.Text;

namespace QuoteCheck.Tests.Text;

public class LayoutTests
{
    private static string[] Sentences(string text) =>
        [.. DocumentLayout.Of(SourceDocument.Create("t", text)).Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length))];

    [TestCase("Mr. Holt met Gen. Arvo in the U.S. capital. Then he left.", "Mr. Holt met Gen. Arvo in the U.S. capital.", "Then he left.")]
    [TestCase("Prices rose 2.5 percent. Wages did not.", "Prices rose 2.5 percent.", "Wages did not.")]
    [TestCase("It was signed by J. R. Tolk on Jan. 5. Nobody objected.", "It was signed by J. R. Tolk on Jan. 5.", "Nobody objected.")]
    [TestCase("\"We will stay.\" The crowd cheered.", "\"We will stay.\"", "The crowd cheered.")]
    [TestCase("\u201CStop. Now,\u201D she said.", "\u201CStop.", "Now,\u201D she said.")]
    [TestCase("Where now? Nobody knows!", "Where now?", "Nobody knows!")]
    public void SplitsSentences(string text, params string[] expected) =>
        Assert.That(Sentences(text), Is.EqualTo(expected));

    [Test]
    public void BlankLinesSeparateParagraphsWhateverTheLineEndings()
    {
        const string text = "First line\r\nstill first.\r\n\r\nSecond.\r\r\rThird.\n\n";
        var layout = DocumentLayout.Of(SourceDocument.Create("t", text));
        string[] paragraphs = [.. layout.Paragraphs.Select(p => text.Substring(p.Start, p.Length))];
        Assert.That(paragraphs, Is.EqualTo(new[] { "First line\r\nstill first.", "Second.", "Third." }));
    }

    [Test]
    public void WithoutBlankLinesEachLineIsAParagraph()
    {
        const string text = "One.\nTwo.\nThree.";
        var layout = DocumentLayout.Of(SourceDocument.Create("t", text));
        Assert.That(layout.Paragraphs, Has.Count.EqualTo(3));
    }

    [Test]
    public void SentencesAndParagraphsCanBeLookedUpByOffset()
    {
        const string text = "One. Two.\n\nThree.";
        var layout = DocumentLayout.Of(SourceDocument.Create("t", text));
        Assert.Multiple(() =>
        {
            Assert.That(layout.SentenceAt(text.IndexOf("Two", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(layout.ParagraphAt(text.IndexOf("Three", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(layout.SentenceAt(4), Is.EqualTo(-1));
        });
    }

    [Test]
    public void EachSentenceKnowsItsParagraphAndTheListIsMadeOnce()
    {
        const string text = "One. Two.\n\nThree.\n\nFour. Five. Six.";
        var layout = DocumentLayout.Of(SourceDocument.Create("t", text));
        IReadOnlyList<Sentence>[] lists = new IReadOnlyList<Sentence>[4];
        Parallel.For(0, lists.Length, i => lists[i] = layout.Sentences);
        Assert.Multiple(() =>
        {
            Assert.That(layout.Sentences.Select(s => s.Paragraph), Is.EqualTo(new[] { 0, 0, 1, 2, 2, 2 }));
            Assert.That(layout.Sentences.Select(s => layout.ParagraphAt(s.Span.Start)), Is.EqualTo(layout.Sentences.Select(s => s.Paragraph)));
            Assert.That(lists, Is.All.SameAs(layout.Sentences));
            Assert.That(DocumentLayout.Of(SourceDocument.Create("t", " ")).Sentences, Is.Empty);
        });
    }

    [Test]
    public void SentenceLookupBeforeAndAfterTheListIsMadeAgree()
    {
        const string text = "Mr. Holt left. Then. He came back!\n\nA second one. And more.\n\n\"Quoted.\" Last";
        DocumentLayout fresh = DocumentLayout.Of(SourceDocument.Create("t", text));
        DocumentLayout read = DocumentLayout.Of(SourceDocument.Create("t", text));
        _ = read.Sentences;
        for (int offset = 0; offset < text.Length; offset++)
        {
            int index = fresh.SentenceAt(offset);
            Assert.That(index, Is.EqualTo(read.SentenceAt(offset)), $"offset {offset}");
            if (index >= 0)
            {
                Assert.That(read.Sentences[index].Span.Contains(offset), Is.True);
            }
        }
    }
}
