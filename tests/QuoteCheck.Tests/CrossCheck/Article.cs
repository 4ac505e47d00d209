using QuoteCheck.Claims;
using QuoteCheck.Claims.Values;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Tests.CrossCheck;

/// <summary>
/// Builds a <see cref="DocumentAnalysis"/> for an invented article by pointing at its words, through the
/// public API (<see cref="DocumentAnalysis.Create"/>), so that cross-check rules can be tested apart from
/// the extraction stages.
/// </summary>
internal sealed class Article(string id, string text, DateOnly? published = null)
{
    private readonly SourceDocument _document = SourceDocument.Create(id, text, published);
    private readonly List<Quote> _quotes = [];
    private readonly List<Claim> _claims = [];

    public string Id => id;

    public Article Quote(string words, string? speaker, SpeakerKind speakerKind = SpeakerKind.Person, QuoteKind kind = QuoteKind.Direct)
    {
        TextSpan span = Find(words);
        _quotes.Add(new Quote(words, kind, span, [span]) { Speaker = speaker is null ? null : new Speaker(speaker, speakerKind, null, []) });
        return this;
    }

    public Article Date(string words, DateOnly start, DateOnly endExclusive, DateGranularity granularity) =>
        AddClaim("date", words, ValueKind.Date, new DateValue(start, endExclusive, granularity));

    public Article Month(string words, int year, int month) => AddClaim("date", words, ValueKind.Date, DateValue.OfMonth(year, month));

    public Article Year(string words, int year) => AddClaim("date", words, ValueKind.Date, DateValue.OfYear(year));

    public Article Duration(string words, double amount, DurationUnit unit, Qualifier qualifier = Qualifier.Exact) =>
        AddClaim("duration", words, ValueKind.Duration, new DurationValue(amount, unit, new Interval(amount, amount), qualifier));

    public Article Number(string kind, string words, double value, Qualifier qualifier = Qualifier.Exact) =>
        AddClaim(kind, words, ValueKind.Number, new NumberValue(value, qualifier == Qualifier.Exact ? Interval.Point(value) : new Interval(value, double.PositiveInfinity), qualifier));

    public DocumentAnalysis Build() => DocumentAnalysis.Create(_document, _quotes, _claims);

    public TextSpan Find(string words, int from = 0)
    {
        int at = text.IndexOf(words, from, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{words}' is not in article {id}");
        return new TextSpan(at, words.Length);
    }

    private Article AddClaim(string kind, string words, ValueKind valueKind, ClaimValue value)
    {
        TextSpan span = Find(words);
        DocumentLayout layout = DocumentLayout.Of(_document);
        TextSpan sentence = layout.Sentences[layout.SentenceAt(span.Start)].Span;
        _claims.Add(new Claim(kind, new RecognizedValue(words, span, valueKind, value), sentence));
        return this;
    }
}
