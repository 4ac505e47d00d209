using System.Text;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.Reliability;

/// <summary>
/// One sentence that never ends (a full stop followed by a control character, not white space) holding
/// thousands of cues and quotations. Attribution used to compare every cue with every other one of the
/// sentence per token (cubic: 18 s for 80,000 characters); it now works over bounded windows.
/// </summary>
public class LongSentenceTests
{
    private const string Unit = "Officials said\0\0\0 \"forty\0 people\" died.\0 ";
    private const int Repeats = 2_000;

    private static string Build()
    {
        var text = new StringBuilder(Unit.Length * Repeats);
        for (int i = 0; i < Repeats; i++)
        {
            text.Append(Unit);
        }

        return text.ToString();
    }

    [Test]
    public void EveryQuotationOfAnEndlessSentenceIsFoundAndAttributed()
    {
        var checker = new QuoteCheckerBuilder().ClearClaimRules().Build();
        string text = Build();

        DocumentAnalysis analysis = checker.Analyze(SourceDocument.Create("endless", text));

        InvariantChecks.AssertSpansAreFaithful(analysis);
        Assert.That(analysis.Quotes, Has.Count.EqualTo(Repeats));
        Assert.That(analysis.Quotes.Where(q => q.Kind == QuoteKind.Unattributed || q.Speaker is null), Is.Empty,
            "a window boundary must not cut a quotation from its cue");
    }

    [Test]
    public void AWindowedSentenceAttributesLikeTheSameSentenceAlone()
    {
        var checker = new QuoteCheckerBuilder().ClearClaimRules().Build();
        Quote alone = checker.Analyze(SourceDocument.Create("alone", Unit)).Quotes.Single();

        DocumentAnalysis endless = checker.Analyze(SourceDocument.Create("endless", Build()));

        Assert.That(endless.Quotes.Select(q => (q.Kind, q.Text)).Distinct(), Is.EqualTo(new[] { (alone.Kind, alone.Text) }));
    }
}
