using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Quotes;

/// <summary>A found quote makes its words when first read: it must behave as a quote that was given them.</summary>
public class QuoteTextTests
{
    private const string Text = "\"We will go,\" Ana said.\n\n\"First part.\n\n\"Second part,\" Ben said.";

    private static IReadOnlyList<Quote> Found() => QuoteChecker.Default.Analyze(SourceDocument.Create("t", Text)).Quotes;

    [Test]
    public void AQuoteNotYetReadEqualsOneReadAndOneGivenItsWords()
    {
        foreach (Quote found in Found())
        {
            Quote unread = found with { };
            Quote alsoUnread = found with { };
            Quote given = new(found.Text, found.Kind, found.Span, found.Parts) { Speaker = found.Speaker, SpeakerSpan = found.SpeakerSpan, Cue = found.Cue, CueSpan = found.CueSpan };
            Assert.Multiple(() =>
            {
                Assert.That(unread.GetHashCode(), Is.EqualTo(given.GetHashCode()));
                Assert.That(unread, Is.EqualTo(given));
                Assert.That(given, Is.EqualTo(alsoUnread));
                Assert.That(found, Is.EqualTo(unread));
            });
        }
    }

    [Test]
    public void WordsAreMadeFromTheFoundSpansNotFromASpanChangedLater()
    {
        Quote first = Found()[0];
        Quote moved = first with { Span = new TextSpan(0, 1), Parts = [new TextSpan(0, 1)] };
        Assert.That(moved.Text, Is.EqualTo("We will go,"));
    }

    [Test]
    public void AMultiParagraphQuoteJoinsItsPartsWithASpace()
    {
        Quote multi = Found().Single(q => q.Parts.Count > 1);
        string first = multi.Text;
        Assert.That(first, Is.EqualTo(string.Join(" ", multi.Parts.Select(p => Text.Substring(p.Start, p.Length)))));
        Assert.That(multi.Text, Is.SameAs(first), "made once, then kept");
    }

    [Test]
    public void ThreadsReadingANewQuoteAtOnceAllSeeTheSameWords()
    {
        for (int round = 0; round < 50; round++)
        {
            Quote quote = Found()[0];
            string[] seen = new string[4];
            Parallel.For(0, seen.Length, i => seen[i] = quote.Text);
            Assert.That(seen, Is.All.EqualTo("We will go,"));
        }
    }

    [Test]
    public void SpeakerAndCueSpansReadBackAsSetIncludingNoneAndAnEmptySpanAtZero()
    {
        Quote bare = new("x", QuoteKind.Direct, new TextSpan(0, 1), [new TextSpan(0, 1)]);
        Quote set = bare with { SpeakerSpan = new TextSpan(0, 0), CueSpan = new TextSpan(int.MaxValue - 5, 5) };
        Assert.Multiple(() =>
        {
            Assert.That(bare.SpeakerSpan, Is.Null);
            Assert.That(bare.CueSpan, Is.Null);
            Assert.That(set.SpeakerSpan, Is.EqualTo(new TextSpan(0, 0)));
            Assert.That(set.CueSpan, Is.EqualTo(new TextSpan(int.MaxValue - 5, 5)));
            Assert.That(set, Is.Not.EqualTo(bare));
            Assert.That(set with { SpeakerSpan = null, CueSpan = null }, Is.EqualTo(bare));
        });
    }
}
