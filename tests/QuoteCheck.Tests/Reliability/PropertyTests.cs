using FsCheck;
using FsCheck.Fluent;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// Properties over random and mutated articles (FsCheck): never throws, spans stay faithful, and noise
/// in one paragraph does not lose what another paragraph yields.
/// </summary>
public class PropertyTests
{
    private static readonly string[] Fragments =
    [
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", " said ", " told reporters", ", ", ". ", "\n\n", "\n",
        "Holt", "Marrow", " he ", "the minister", "13,000", "more than", " 18 months", "November 2031", "last Sunday", "-", "—", "%", "$4.5 million",
        "Mr.", "U.S.", "according to", ":", "\0", "\uFFFD", "\uD800", "ä", "Vučić",
    ];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property AnalysisNeverThrowsAndSpansAreFaithful() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            DocumentAnalysis analysis = QuoteChecker.Default.Analyze(SourceDocument.Create("p", text, new DateOnly(2031, 3, 14)));
            InvariantChecks.AssertSpansAreFaithful(analysis);
        });

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property NoiseInOneParagraphDoesNotLoseAnother() =>
        Prop.ForAll(NewsLikeText(), noise =>
        {
            const string clean = "\"We will rebuild the pier by spring,\" harbour master Tova Lind said on Monday.";
            // A blank line keeps the noise in a paragraph of its own; what the clean paragraph yields must survive.
            string noisy = noise.Replace("\n", " ", StringComparison.Ordinal) + "\n\n" + clean;
            var alone = QuoteChecker.Default.Analyze(SourceDocument.Create("a", clean, new DateOnly(2031, 3, 14)));
            var mixed = QuoteChecker.Default.Analyze(SourceDocument.Create("b", noisy, new DateOnly(2031, 3, 14)));
            int shift = noisy.Length - clean.Length;
            var expectedQuotes = alone.Quotes.Select(q => (q.Span.Start + shift, q.Text)).ToList();
            var actualQuotes = mixed.Quotes.Where(q => q.Span.Start >= shift).Select(q => (q.Span.Start, q.Text)).ToList();
            var expectedClaims = alone.Claims.Select(c => (c.Span.Start + shift, c.Kind)).ToList();
            var actualClaims = mixed.Claims.Where(c => c.Span.Start >= shift).Select(c => (c.Span.Start, c.Kind)).ToList();
            Assert.That(actualQuotes, Is.SupersetOf(expectedQuotes));
            Assert.That(actualClaims, Is.SupersetOf(expectedClaims));
        });
}
