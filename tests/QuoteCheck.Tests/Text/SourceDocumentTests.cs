using System.Text;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Text;

public class SourceDocumentTests
{
    [Test]
    public void DateMarkerSetsPublishedAndIsLeftOutOfTheBody()
    {
        const string text = " date 2031-03-14 Ferry capsizes in the strait.\n\nSecond paragraph.";
        var doc = SourceDocument.Create("a", text);
        Assert.Multiple(() =>
        {
            Assert.That(doc.Published, Is.EqualTo(new DateOnly(2031, 3, 14)));
            Assert.That(doc.PublishedFromMarker, Is.True);
            Assert.That(doc.Body.Slice(text).ToString(), Does.StartWith("Ferry capsizes"));
            Assert.That(doc.Body.End, Is.EqualTo(text.Length));
        });
    }

    [Test]
    public void ExplicitDateWinsOverTheMarker()
    {
        var doc = SourceDocument.Create("a", " date 2031-03-14 Text.", new DateOnly(2031, 1, 1));
        Assert.That(doc.Published, Is.EqualTo(new DateOnly(2031, 1, 1)));
    }

    [TestCase("date 2031-13-40 Text.")]
    [TestCase("updated 2031-03-14 Text.")]
    [TestCase("Text about a date 2031-03-14.")]
    public void TextWithoutAValidMarkerKeepsItsWholeBody(string text)
    {
        var doc = SourceDocument.Create("a", text);
        Assert.Multiple(() =>
        {
            Assert.That(doc.Published, Is.Null);
            Assert.That(doc.Body, Is.EqualTo(new TextSpan(0, text.Length)));
        });
    }

    [Test]
    public void BytesWithABomAreDecodedWithoutIt()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Vučić said.")];
        var doc = SourceDocument.FromBytes("x", bytes);
        Assert.That(doc.Text, Is.EqualTo("Vučić said."));
    }

    [Test]
    public void InvalidUtf8BecomesReplacementCharacters()
    {
        var doc = SourceDocument.FromBytes("x", [0x41, 0xFF, 0x42]);
        Assert.That(doc.Text, Is.EqualTo("A\uFFFDB"));
    }

    [TestCase("a\nb\r\nc\rd", 5, 3, 1)]
    [TestCase("a\nb\r\nc\rd", 8, 4, 2)]
    [TestCase("a\nb\r\nc\rd", 2, 2, 1)]
    [TestCase("abc", 3, 1, 4)]
    public void LinePositionsCountEveryLineEnding(string text, int offset, int line, int column)
    {
        var doc = SourceDocument.Create("x", text);
        Assert.That(doc.GetLinePosition(offset), Is.EqualTo(new LinePosition(line, column)));
    }
}
