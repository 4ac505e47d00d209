using QuoteCheck.Claims;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Claims;

/// <summary>Odd input never crashes claim extraction, and every span still indexes the caller's text. Kept regression inputs.</summary>
public class ClaimRobustnessTests
{
    private static readonly string[] OddInputs =
    [
        "",
        "ago",
        "18 months ago ago ago",
        "first first first 2 months",
        "died died 5",
        "5",
        "5 ",
        " 5.",
        "-- 12 -- killed --",
        "The 3,000-strong crowd, 40% of them, fled; 2 months ago, 1.5 years on.",
        "\u201C12 people died,\u201D he said \u2014 13,000\u201D",
        "Of the 27 of 27 of 27",
        "in 2028, 2029, 2030 and 2031 talks broke down broke down",
        new string('7', 400),
        string.Concat(Enumerable.Repeat("killed 4 ", 300)),
    ];

    [TestCaseSource(nameof(OddInputs))]
    public void OddInputGivesClaimsWhoseSpansIndexTheText(string text) => CheckSpans(text, new DateOnly(2031, 7, 12));

    [Test]
    public void RandomMixturesOfTriggersAndFigures()
    {
        string[] pieces = ["killed", "ago", "first", "in", "18 months", "some", "30", "of the", "November 2028", ",", ".", "\"", "talks", "broke down", "\u2026", "\n\n", "more than", "4,200", "injured", "war"];
        var random = new Random(20310712);
        for (int run = 0; run < 300; run++)
        {
            string text = string.Join(' ', Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            CheckSpans(text, run % 2 == 0 ? null : new DateOnly(2031, 7, 12));
        }
    }

    [Test]
    public void ATruncatedRuleFileIsAPositionedError()
    {
        var error = Assert.Throws<ClaimRuleException>(() => ClaimRuleSet.Parse("{ \"rules\": [ { \"kind\": \"evacuated\", \"valueKinds\": [\"number\"", "cut.json"))!;
        Assert.That(error.Message, Does.StartWith("cut.json(1,"));
    }

    private static void CheckSpans(string text, DateOnly? published)
    {
        DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("odd", text, published));
        foreach (Claim claim in analysis.Claims)
        {
            Assert.That(text.Substring(claim.Span.Start, claim.Span.Length), Is.EqualTo(claim.Text), $"claim span in: {text}");
            if (claim.SubjectSpan is { } subject)
            {
                Assert.That(subject.End, Is.LessThanOrEqualTo(text.Length), $"subject span in: {text}");
            }
        }
    }
}
