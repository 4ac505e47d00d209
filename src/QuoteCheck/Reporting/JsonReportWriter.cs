using Newtonsoft.Json;
using QuoteCheck.Claims;
using QuoteCheck.CrossCheck;
using QuoteCheck.Claims.Values;
using QuoteCheck.Quotes;
using QuoteCheck.Text;

namespace QuoteCheck.Reporting;

/// <summary>
/// Writes a report as JSON (schema in docs/report-format.md). The output is byte-identical for the same
/// input: fixed property order, invariant culture, <c>\n</c> line ends.
/// </summary>
/// <example>
/// <code>
/// using var writer = new StringWriter();
/// JsonReportWriter.Instance.Write(report, writer);
/// </code>
/// </example>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static JsonReportWriter Instance { get; } = new();

    /// <inheritdoc/>
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        string previousNewLine = output.NewLine;
        output.NewLine = "\n";
        try
        {
            using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false, Culture = System.Globalization.CultureInfo.InvariantCulture };
            json.WriteStartObject();
            json.WritePropertyName("schemaVersion", escape: false);
            json.WriteValue(CrossCheckReport.SchemaVersion);
            json.WritePropertyName("documents", escape: false);
            json.WriteStartArray();
            foreach (DocumentAnalysis document in report.Documents)
            {
                WriteDocument(json, document, report.EstimatedDates);
            }

            json.WriteEndArray();
            json.WritePropertyName("quoteGroups", escape: false);
            json.WriteStartArray();
            foreach (QuoteGroup group in report.QuoteGroups)
            {
                WriteQuoteGroup(json, group);
            }

            json.WriteEndArray();
            json.WritePropertyName("claimGroups", escape: false);
            json.WriteStartArray();
            foreach (ClaimGroup group in report.ClaimGroups)
            {
                WriteClaimGroup(json, group);
            }

            json.WriteEndArray();
            json.WritePropertyName("conflicts", escape: false);
            json.WriteStartArray();
            foreach (Conflict conflict in report.Conflicts)
            {
                WriteConflict(json, conflict);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            output.Write('\n');
        }
        finally
        {
            output.NewLine = previousNewLine;
        }
    }

    private static void WriteDocument(JsonWriter json, DocumentAnalysis analysis, IReadOnlyDictionary<string, DateOnly> estimatedDates)
    {
        SourceDocument doc = analysis.Document;
        json.WriteStartObject();
        json.WritePropertyName("id", escape: false);
        json.WriteValue(doc.Id);
        json.WritePropertyName("published", escape: false);
        json.WriteValue(doc.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WritePropertyName("estimatedDate", escape: false);
        json.WriteValue(estimatedDates.TryGetValue(doc.Id, out DateOnly estimated) ? estimated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null);
        json.WritePropertyName("outlet", escape: false);
        json.WriteValue(doc.Outlet);
        json.WritePropertyName("quotes", escape: false);
        json.WriteStartArray();
        foreach (Quote quote in analysis.Quotes)
        {
            WriteQuote(json, quote);
        }

        json.WriteEndArray();
        json.WritePropertyName("claims", escape: false);
        json.WriteStartArray();
        foreach (Claim claim in analysis.Claims)
        {
            WriteClaim(json, claim);
        }

        json.WriteEndArray();
        json.WritePropertyName("diagnostics", escape: false);
        json.WriteStartArray();
        foreach (Diagnostic diagnostic in analysis.Diagnostics)
        {
            json.WriteStartObject();
            json.WritePropertyName("severity", escape: false);
            json.WriteValue(LowerCaseName<DiagnosticSeverity>.Of(diagnostic.Severity));
            json.WritePropertyName("code", escape: false);
            json.WriteValue(diagnostic.Code);
            json.WritePropertyName("message", escape: false);
            json.WriteValue(diagnostic.Message);
            WriteSpan(json, diagnostic.Span, "start", "end");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteQuote(JsonWriter json, Quote quote)
    {
        json.WriteStartObject();
        json.WritePropertyName("text", escape: false);
        json.WriteValue(quote.Text);
        json.WritePropertyName("kind", escape: false);
        json.WriteValue(KindName(quote.Kind));
        json.WritePropertyName("speaker", escape: false);
        json.WriteValue(quote.Speaker?.Name);
        json.WritePropertyName("speakerKind", escape: false);
        json.WriteValue(quote.Speaker is null ? null : LowerCaseName<SpeakerKind>.Of(quote.Speaker.Kind));
        json.WritePropertyName("cue", escape: false);
        json.WriteValue(quote.Cue);
        WriteSpan(json, quote.Span, "start", "end");
        WriteSpan(json, quote.SpeakerSpan, "speakerStart", "speakerEnd");
        WriteSpan(json, quote.CueSpan, "cueStart", "cueEnd");
        json.WriteEndObject();
    }

    // A claim: kind, words and span, the value in its normal form (a number; an ISO date or partial date such
    // as 2018-11 or 2008; an ISO-8601 duration such as P18M), its interval (numbers, or for dates the first and
    // last day covered, inclusive; null for an open side), granularity (dates: day/month/year/…; durations:
    // their unit), subject, speaker, and for a duration that reaches back from the publication date the date
    // it implies. docs/claim-rules.md ("In the JSON report") describes each field.
    private static void WriteClaim(JsonWriter json, Claim claim)
    {
        ClaimValue value = claim.Value.Value;
        json.WriteStartObject();
        json.WritePropertyName("kind", escape: false);
        json.WriteValue(claim.Kind);
        json.WritePropertyName("text", escape: false);
        json.WriteValue(claim.Text);
        WriteSpan(json, claim.Span, "start", "end");
        json.WritePropertyName("valueType", escape: false);
        json.WriteValue(LowerCaseName<ValueKind>.Of(claim.Value.Kind));
        json.WritePropertyName("value", escape: false);
        if (value is NumberValue number)
        {
            WriteNumber(json, number.Value);
        }
        else
        {
            json.WriteValue(value.ToNormalString());
        }

        json.WritePropertyName("unit", escape: false);
        json.WriteValue(value switch
        {
            NumberValue n => n.Unit,
            DurationValue d => LowerCaseName<DurationUnit>.Of(d.Unit),
            _ => null,
        });
        json.WritePropertyName("qualifier", escape: false);
        json.WriteValue(QualifierName(value.Qualifier));
        WriteInterval(json, value);
        json.WritePropertyName("granularity", escape: false);
        json.WriteValue(GranularityName(value));
        json.WritePropertyName("subject", escape: false);
        json.WriteValue(claim.Subject);
        WriteSpan(json, claim.SubjectSpan, "subjectStart", "subjectEnd");
        json.WritePropertyName("speaker", escape: false);
        json.WriteValue(claim.Speaker?.Name);
        json.WritePropertyName("impliedDate", escape: false);
        if (claim.ImpliedDate is { } implied)
        {
            json.WriteStartObject();
            json.WritePropertyName("value", escape: false);
            json.WriteValue(implied.ToNormalString());
            WriteInterval(json, implied);
            json.WritePropertyName("granularity", escape: false);
            json.WriteValue(GranularityName(implied));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull();
        }

        json.WritePropertyName("rule", escape: false);
        json.WriteValue(claim.Rule);
        json.WriteEndObject();
    }

    private static void WriteQuoteGroup(JsonWriter json, QuoteGroup group)
    {
        json.WriteStartObject();
        json.WritePropertyName("id", escape: false);
        json.WriteValue(group.Id);
        json.WritePropertyName("text", escape: false);
        json.WriteValue(group.Text);
        json.WritePropertyName("speaker", escape: false);
        json.WriteValue(group.Speaker);
        json.WritePropertyName("agrees", escape: false);
        json.WriteValue(group.Agrees);
        json.WritePropertyName("members", escape: false);
        json.WriteStartArray();
        foreach (QuoteGroupMember member in group.Members)
        {
            json.WriteStartObject();
            json.WritePropertyName("document", escape: false);
            json.WriteValue(member.DocumentId);
            json.WritePropertyName("text", escape: false);
            json.WriteValue(member.Quote.Text);
            json.WritePropertyName("kind", escape: false);
            json.WriteValue(KindName(member.Quote.Kind));
            json.WritePropertyName("speaker", escape: false);
            json.WriteValue(member.Quote.Speaker?.Name);
            json.WritePropertyName("similarity", escape: false);
            json.WriteValue(member.Similarity);
            WriteSpan(json, member.Quote.Span, "start", "end");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteClaimGroup(JsonWriter json, ClaimGroup group)
    {
        json.WriteStartObject();
        json.WritePropertyName("id", escape: false);
        json.WriteValue(group.Id);
        json.WritePropertyName("subject", escape: false);
        json.WriteValue(group.Subject);
        json.WritePropertyName("agrees", escape: false);
        json.WriteValue(group.Agrees);
        json.WritePropertyName("members", escape: false);
        json.WriteStartArray();
        foreach (ClaimGroupMember member in group.Members)
        {
            json.WriteStartObject();
            json.WritePropertyName("document", escape: false);
            json.WriteValue(member.DocumentId);
            json.WritePropertyName("kind", escape: false);
            json.WriteValue(member.Claim.Kind);
            json.WritePropertyName("text", escape: false);
            json.WriteValue(member.Claim.Text);
            json.WritePropertyName("reading", escape: false);
            json.WriteValue(member.Reading);
            json.WritePropertyName("cluster", escape: false);
            json.WriteValue(member.Cluster);
            WriteSpan(json, member.Claim.Span, "start", "end");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteConflict(JsonWriter json, Conflict conflict)
    {
        json.WriteStartObject();
        json.WritePropertyName("id", escape: false);
        json.WriteValue(conflict.Id);
        json.WritePropertyName("kind", escape: false);
        json.WriteValue(ConflictKindName(conflict.Kind));
        json.WritePropertyName("severity", escape: false);
        json.WriteValue(LowerCaseName<ConflictSeverity>.Of(conflict.Severity));
        json.WritePropertyName("explanation", escape: false);
        json.WriteValue(conflict.Explanation);
        json.WritePropertyName("group", escape: false);
        json.WriteValue(conflict.GroupId);
        json.WritePropertyName("similarity", escape: false);
        json.WriteValue(conflict.Similarity);
        json.WritePropertyName("wordDiff", escape: false);
        json.WriteValue(conflict.WordDiff);
        json.WritePropertyName("evidence", escape: false);
        json.WriteStartArray();
        foreach (Evidence evidence in conflict.Evidence)
        {
            json.WriteStartObject();
            json.WritePropertyName("document", escape: false);
            json.WriteValue(evidence.DocumentId);
            json.WritePropertyName("text", escape: false);
            json.WriteValue(evidence.Text);
            WriteSpan(json, evidence.Span, "start", "end");
            json.WritePropertyName("reading", escape: false);
            json.WriteValue(evidence.Reading);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The JSON and display name of a finding kind: <c>claim-value</c>, <c>quote-speaker</c>, ….</summary>
    internal static string ConflictKindName(ConflictKind kind) => kind switch
    {
        ConflictKind.ClaimValue => "claim-value",
        ConflictKind.Date => "date",
        ConflictKind.QuoteWording => "quote-wording",
        ConflictKind.QuoteTruncated => "quote-truncated",
        ConflictKind.QuoteSpeaker => "quote-speaker",
        ConflictKind.QuoteMeaning => "quote-meaning",
        ConflictKind.Internal => "internal",
        ConflictKind.Update => "update",
        ConflictKind.Duplicate => "duplicate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static void WriteInterval(JsonWriter json, ClaimValue value)
    {
        json.WritePropertyName("interval", escape: false);
        switch (value)
        {
            case NumberValue n:
                WriteBounds(json, n.Interval);
                break;
            case DurationValue d:
                WriteBounds(json, d.Interval);
                break;
            case DateValue { Start: { } start, End: { } end }:
                json.WriteStartObject();
                json.WritePropertyName("min", escape: false);
                json.WriteValue(start == DateOnly.MinValue ? null : IsoDate(start));
                json.WritePropertyName("max", escape: false);
                json.WriteValue(end == DateOnly.MaxValue ? null : IsoDate(end.AddDays(-1)));
                json.WriteEndObject();
                break;
            default:
                json.WriteNull();
                break;
        }
    }

    private static void WriteBounds(JsonWriter json, Interval interval)
    {
        json.WriteStartObject();
        json.WritePropertyName("min", escape: false);
        WriteNumber(json, interval.Min);
        json.WritePropertyName("max", escape: false);
        WriteNumber(json, interval.Max);
        json.WriteEndObject();
    }

    // Whole numbers as integers (13000, not 13000.0); infinities and NaN as null.
    private static void WriteNumber(JsonWriter json, double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            json.WriteNull();
        }
        else if (number == Math.Floor(number) && Math.Abs(number) < 1e15)
        {
            json.WriteValue((long)number);
        }
        else
        {
            json.WriteValue(number);
        }
    }

    private static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? GranularityName(ClaimValue value) => value switch
    {
        DateValue date => date.Granularity switch
        {
            DateGranularity.PartOfMonth => "part-of-month",
            var g => LowerCaseName<DateGranularity>.Of(g),
        },
        DurationValue duration => LowerCaseName<DurationUnit>.Of(duration.Unit),
        _ => null,
    };

    private static string QualifierName(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.LessThan => "less-than",
        Qualifier.AtMost => "at-most",
        Qualifier.Nearly => "nearly",
        Qualifier.Approximately => "approximately",
        Qualifier.Range => "range",
        _ => LowerCaseName<Qualifier>.Of(qualifier),
    };

    private static void WriteSpan(JsonWriter json, TextSpan? span, string startName, string endName)
    {
        json.WritePropertyName(startName, escape: false);
        json.WriteValue(span?.Start);
        json.WritePropertyName(endName, escape: false);
        json.WriteValue(span?.End);
    }

    internal static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.MultiParagraph => "multi-paragraph",
        QuoteKind.Indirect => "indirect",
        QuoteKind.Unattributed => "unattributed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
