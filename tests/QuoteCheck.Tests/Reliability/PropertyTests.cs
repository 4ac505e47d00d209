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
            var expectedQuotes = alone.Quotes.SelectMany(q => q.Parts).Select(p => (p.Start + shift, clean.Substring(p.Start, p.Length))).ToList();
            // An unclosed mark at the end of the noise may legitimately make the clean quote the last
            // paragraph of a multi-paragraph quote (the news convention); its words must survive as a part.
            var actualQuotes = mixed.Quotes.SelectMany(q => q.Parts)
                .Where(p => p.Start >= shift)
                .Select(p => (p.Start, noisy.Substring(p.Start, p.Length)))
                .ToList();
            var expectedClaims = alone.Claims.Select(c => (c.Span.Start + shift, c.Kind)).ToList();
            var actualClaims = mixed.Claims.Where(c => c.Span.Start >= shift).Select(c => (c.Span.Start, c.Kind)).ToList();
            Assert.That(actualQuotes, Is.SupersetOf(expectedQuotes));
            Assert.That(actualClaims, Is.SupersetOf(expectedClaims));
        });
}
