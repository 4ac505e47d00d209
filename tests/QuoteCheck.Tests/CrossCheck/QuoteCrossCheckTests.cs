using QuoteCheck.CrossCheck;
using QuoteCheck.Quotes;
using QuoteCheck.Reporting;

namespace QuoteCheck.Tests.CrossCheck;

/// <summary>Each quote comparison rule and quote finding kind, on small invented articles about one fictional event.</summary>
public class QuoteCrossCheckTests
{
    // Every article names the same places and people, so the cross-check treats them as one event.
    private const string Setting = "The Veldra and Ostmark delegations met in Harrow Bay.";

    private static CrossCheckReport Check(params Article[] articles) => QuoteChecker.Default.CrossCheck(articles.Select(static a => a.Build()));

    private static Article A(string id, string body) => new(id, Setting + "\n\n" + body);

    [Test]
    public void TheSameWordsEverywhereAreAnAgreement()
    {
        var a = A("a", "\"Both sides must show patience and resolve,\" envoy Teodor Brask said.").Quote("Both sides must show patience and resolve,", "Teodor Brask");
        var b = A("b", "Brask said: \u201CBoth sides must show patience and resolve.\u201D").Quote("Both sides must show patience and resolve.", "Brask");
        CrossCheckReport report = Check(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.QuoteGroups, Has.Count.EqualTo(1));
            Assert.That(report.QuoteGroups[0].Agrees, Is.True);
            Assert.That(report.QuoteGroups[0].SourceCount, Is.EqualTo(2));
            Assert.That(report.QuoteGroups[0].Speaker, Is.EqualTo("Teodor Brask"));
        });
    }

    [Test]
    public void AnInsertedItIsWordedDifferentlyWithADiffAndAScore()
    {
        var a = A("a", "\"These talks will need courage from both sides, will need commitment and honesty,\" Brask said.")
            .Quote("These talks will need courage from both sides, will need commitment and honesty,", "Teodor Brask");
        var b = A("b", "\"These talks will need courage from both sides. It will need commitment and honesty,\" Brask said.")
            .Quote("These talks will need courage from both sides. It will need commitment and honesty,", "Brask");
        Conflict conflict = Check(a, b).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.QuoteWording));
            Assert.That(conflict.Severity, Is.EqualTo(ConflictSeverity.Low));
            Assert.That(conflict.WordDiff, Does.Contain("{+it+}"));
            Assert.That(conflict.Similarity, Is.InRange(90, 99));
            Assert.That(conflict.Explanation, Is.EqualTo(Explanations.Format(Explanations.QuoteWording, "Teodor Brask", "a", "b", conflict.Similarity, conflict.WordDiff)));
            Assert.That(conflict.Evidence.Select(static e => e.DocumentId), Is.EqualTo(new[] { "a", "b" }));
        });
    }

    [TestCase("We must normalise relations and recognise the harbour treaty", "We must normalize relations and recognize the harbor treaty")]
    [TestCase("Vu\u010Di\u0107 \u2014 and only he \u2014 can sign the \u2018treaty\u2019", "Vucic - and only he - can sign the 'treaty'")]
    [TestCase("We Will Not Sign Today", "we will not sign today")]
    public void SpellingDiacriticsDashesQuoteMarksAndCaseAreFoldedAway(string british, string american)
    {
        var a = A("a", "\"" + british + "\", Brask said.").Quote(british, "Brask");
        var b = A("b", "\"" + american + "\", Brask said.").Quote(american, "Teodor Brask");
        CrossCheckReport report = Check(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.QuoteGroups.Single().Agrees, Is.True);
        });
    }

    [Test]
    public void APartialQuoteJoinsTheFullQuoteItComesFromAndAgrees()
    {
        var a = A("a", "Minister Orla Vance said the plan was \"pointless\" without the islands.").Quote("pointless", "Orla Vance", kind: QuoteKind.Partial);
        var b = A("b", "\"If the islands are left out, then this plan is completely pointless,\" Vance said.")
            .Quote("If the islands are left out, then this plan is completely pointless,", "Vance");
        CrossCheckReport report = Check(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.QuoteGroups.Single().Members, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void AShorterDirectVersionIsTruncated()
    {
        var a = A("a", "\"The families deserve answers, and they will get them before the summer,\" Vance said.")
            .Quote("The families deserve answers, and they will get them before the summer,", "Orla Vance");
        var b = A("b", "\"The families deserve answers,\" Vance said.").Quote("The families deserve answers,", "Vance");
        Conflict conflict = Check(a, b).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.QuoteTruncated));
            Assert.That(conflict.Explanation, Is.EqualTo(Explanations.Format(Explanations.QuoteTruncated, "Orla Vance", "b", "a")));
        });
    }

    [Test]
    public void AQuoteSplitInTwoBySameSourceIsNotTruncated()
    {
        var a = A("a", "\"Nobody should have sailed. We will find out who gave the order,\" Vance said.")
            .Quote("Nobody should have sailed. We will find out who gave the order,", "Orla Vance");
        var b = A("b", "\"Nobody should have sailed,\" Vance said. \"We will find out who gave the order.\"")
            .Quote("Nobody should have sailed,", "Vance").Quote("We will find out who gave the order.", "Vance");
        Assert.That(Check(a, b).Conflicts, Is.Empty);
    }

    [Test]
    public void TheSameWordsGivenToDifferentPeopleAreAMisattribution()
    {
        var a = A("a", "\"Nobody should have sailed in that weather,\" Vance said.").Quote("Nobody should have sailed in that weather,", "Orla Vance");
        var b = A("b", "\"Nobody should have sailed in that weather,\" said chief executive Maren Holt.").Quote("Nobody should have sailed in that weather,", "Maren Holt");
        Conflict conflict = Check(a, b).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.QuoteSpeaker));
            Assert.That(conflict.Severity, Is.EqualTo(ConflictSeverity.High));
            Assert.That(conflict.Explanation, Is.EqualTo(Explanations.Format(
                Explanations.QuoteSpeaker,
                "Nobody should have sailed in that weather,",
                Explanations.Format(Explanations.SpeakerSide, "Orla Vance", "a"),
                Explanations.Format(Explanations.SpeakerSide, "Maren Holt", "b"))));
            Assert.That(conflict.Evidence.Select(static e => e.Reading), Is.EqualTo(new[] { "Orla Vance", "Maren Holt" }));
        });
    }

    [TestCase("Teodor Brask", "Brask")]
    [TestCase("Harrow Bay envoy Teodor Brask", "Teodor Brask")]
    [TestCase("Teodor Brask", "Ostmark's envoy")]
    public void NameVariantsAndRoleDescriptionsAreOneSpeaker(string first, string second)
    {
        var a = A("a", "\"Harbour tolls will fall next year,\" he said.").Quote("Harbour tolls will fall next year,", first);
        var b = A("b", "\"Harbour tolls will fall next year,\" he said.").Quote("Harbour tolls will fall next year,", second);
        Assert.That(Check(a, b).Conflicts, Is.Empty);
    }

    [Test]
    public void CompatibleAnonymousDescriptionsAreNotAConflict()
    {
        var a = A("a", "A senior Harrow Bay official called it \"the beginning of the story\".").Quote("the beginning of the story", "A senior Harrow Bay official", SpeakerKind.Anonymous, QuoteKind.Partial);
        var b = A("b", "A senior official in Harrow Bay said: \"This is the beginning of the story.\"").Quote("This is the beginning of the story.", "A senior official in Harrow Bay", SpeakerKind.Anonymous);
        CrossCheckReport report = Check(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.QuoteGroups.Single().Agrees, Is.True);
        });
    }

    [Test]
    public void IndirectSpeechThatLosesOrGainsANegationChangesTheMeaning()
    {
        var a = A("a", "Holt said: \"We will cooperate fully with the investigators.\"").Quote("We will cooperate fully with the investigators.", "Maren Holt");
        var b = A("b", "Holt said the company would not cooperate fully with the investigators.")
            .Quote("the company would not cooperate fully with the investigators", "Holt", kind: QuoteKind.Indirect);
        Conflict conflict = Check(a, b).Conflicts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(conflict.Kind, Is.EqualTo(ConflictKind.QuoteMeaning));
            Assert.That(conflict.Explanation, Is.EqualTo(Explanations.Format(Explanations.QuoteMeaning, "Maren Holt", "a", "b")));
        });
    }

    [Test]
    public void AFaithfulIndirectReportIsNotAFinding()
    {
        var a = A("a", "Holt said: \"We will cooperate fully with the investigators.\"").Quote("We will cooperate fully with the investigators.", "Maren Holt");
        var b = A("b", "Holt said the company would cooperate fully with the investigators.")
            .Quote("the company would cooperate fully with the investigators", "Holt", kind: QuoteKind.Indirect);
        Assert.That(Check(a, b).Conflicts, Is.Empty);
    }

    [Test]
    public void DifferentQuotesSharingAFewWordsAreNotGrouped()
    {
        var a = A("a", "\"The harbour treaty is the only way to lasting peace,\" Vance said.").Quote("The harbour treaty is the only way to lasting peace,", "Vance");
        var b = A("b", "\"Lasting peace needs new elections first,\" Brask said.").Quote("Lasting peace needs new elections first,", "Brask");
        CrossCheckReport report = Check(a, b);
        Assert.Multiple(() =>
        {
            Assert.That(report.Conflicts, Is.Empty);
            Assert.That(report.QuoteGroups, Is.Empty);
        });
    }

    [Test]
    public void EvidenceSpansIndexTheOriginalText()
    {
        var a = A("a", "\"Nobody should have sailed in that weather,\" Vance said.").Quote("Nobody should have sailed in that weather,", "Orla Vance");
        var b = A("b", "\"Nobody should have sailed in that weather,\" said Maren Holt.").Quote("Nobody should have sailed in that weather,", "Maren Holt");
        CrossCheckReport report = Check(a, b);
        foreach (Evidence e in report.Conflicts.SelectMany(static c => c.Evidence))
        {
            string text = report.Documents.Single(d => d.Document.Id == e.DocumentId).Document.Text;
            Assert.That(text.Substring(e.Span.Start, e.Span.Length), Is.EqualTo(e.Text));
        }
    }
}
