using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Quotes;

/// <summary>The extension points: extra cue verbs and speaker patterns, wired through the builder.</summary>
public class QuoteExtensionTests
{
    private const string Harrumph = "Mayor Varga harrumphed that the ferry timetable was a fantasy.";

    [Test]
    public void AnAddedCueVerbAttributesReportedSpeech()
    {
        Assert.That(QuoteChecker.Default.Analyze(SourceDocument.Create("t", Harrumph)).Quotes, Is.Empty, "not a built-in cue");

        QuoteChecker checker = new QuoteCheckerBuilder().AddCueVerbs("harrumphed").Build();
        Quote quote = checker.Analyze(SourceDocument.Create("t", Harrumph)).Quotes.Single();
        Assert.That(quote.Kind, Is.EqualTo(QuoteKind.Indirect));
        Assert.That(quote.Text, Is.EqualTo("that the ferry timetable was a fantasy"));
        Assert.That(quote.Speaker?.Name, Is.EqualTo("Varga"));
        Assert.That(quote.Cue, Is.EqualTo("harrumphed"));
    }

    [Test]
    public void AnAddedCuePhraseWorksLikeAccordingTo()
    {
        const string text = "As reported by the harbour board, the pier will close in May.";
        QuoteChecker checker = new QuoteCheckerBuilder().AddCueVerbs("as reported by").Build();
        Quote quote = checker.Analyze(SourceDocument.Create("t", text)).Quotes.Single();
        Assert.That(quote.Cue, Is.EqualTo("As reported by"));
        Assert.That(quote.Speaker?.Name, Is.EqualTo("harbour board"));
        Assert.That(quote.Text, Is.EqualTo("the pier will close in May"));
    }

    [Test]
    public void ASpeakerPatternDecidesTheKindOfSource()
    {
        const string text = "\"The ferry is late again,\" PORTWATCH said.";
        Assert.That(QuoteChecker.Default.Analyze(SourceDocument.Create("t", text)).Quotes.Single().Speaker?.Kind, Is.EqualTo(SpeakerKind.Person));

        QuoteChecker checker = new QuoteCheckerBuilder().AddSpeakerPattern(new AllCapitalsAreBodies()).Build();
        Quote quote = checker.Analyze(SourceDocument.Create("t", text)).Quotes.Single();
        Assert.That(quote.Speaker?.Name, Is.EqualTo("PORTWATCH"));
        Assert.That(quote.Speaker?.Kind, Is.EqualTo(SpeakerKind.Organization));
        Assert.That(quote.SpeakerSpan, Is.EqualTo(new TextSpan(text.IndexOf("PORTWATCH", StringComparison.Ordinal), 9)));
    }

    [Test]
    public void TheBuilderRejectsEmptyInput()
    {
        Assert.Throws<ArgumentNullException>(() => new QuoteCheckerBuilder().AddSpeakerPattern(null!));
        Assert.Throws<ArgumentException>(() => new QuoteCheckerBuilder().AddCueVerbs(" "));
    }

    // A user's rule: words in capitals only are acronyms of bodies.
    private sealed class AllCapitalsAreBodies : ISpeakerPattern
    {
        public SpeakerMatch? Match(string text, TextSpan candidate)
        {
            ReadOnlySpan<char> words = candidate.Slice(text);
            foreach (char c in words)
            {
                if (char.IsLetter(c) && !char.IsUpper(c))
                {
                    return null;
                }
            }

            return new SpeakerMatch(candidate, SpeakerKind.Organization);
        }
    }
}
