using Newtonsoft.Json;
using QuoteCheck.Claims;
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
            json.WritePropertyName("schemaVersion");
            json.WriteValue(CrossCheckReport.SchemaVersion);
            json.WritePropertyName("documents");
            json.WriteStartArray();
            foreach (DocumentAnalysis document in report.Documents)
            {
                WriteDocument(json, document);
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

    private static void WriteDocument(JsonWriter json, DocumentAnalysis analysis)
    {
        SourceDocument doc = analysis.Document;
        json.WriteStartObject();
        json.WritePropertyName("id");
        json.WriteValue(doc.Id);
        json.WritePropertyName("published");
        json.WriteValue(doc.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WritePropertyName("outlet");
        json.WriteValue(doc.Outlet);
        json.WritePropertyName("quotes");
        json.WriteStartArray();
        foreach (Quote quote in analysis.Quotes)
        {
            WriteQuote(json, quote);
        }

        json.WriteEndArray();
        json.WritePropertyName("claims");
        json.WriteStartArray();
        foreach (Claim claim in analysis.Claims)
        {
            WriteClaim(json, claim);
        }

        json.WriteEndArray();
        json.WritePropertyName("diagnostics");
        json.WriteStartArray();
        foreach (Diagnostic diagnostic in analysis.Diagnostics)
        {
            json.WriteStartObject();
            json.WritePropertyName("severity");
            json.WriteValue(diagnostic.Severity.ToString().ToLowerInvariant());
            json.WritePropertyName("code");
            json.WriteValue(diagnostic.Code);
            json.WritePropertyName("message");
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
        json.WritePropertyName("text");
        json.WriteValue(quote.Text);
        json.WritePropertyName("kind");
        json.WriteValue(KindName(quote.Kind));
        json.WritePropertyName("speaker");
        json.WriteValue(quote.Speaker?.Name);
        json.WritePropertyName("speakerKind");
        json.WriteValue(quote.Speaker is null ? null : quote.Speaker.Kind.ToString().ToLowerInvariant());
        json.WritePropertyName("cue");
        json.WriteValue(quote.Cue);
        WriteSpan(json, quote.Span, "start", "end");
        WriteSpan(json, quote.SpeakerSpan, "speakerStart", "speakerEnd");
        WriteSpan(json, quote.CueSpan, "cueStart", "cueEnd");
        json.WriteEndObject();
    }

    private static void WriteClaim(JsonWriter json, Claim claim)
    {
        json.WriteStartObject();
        json.WritePropertyName("kind");
        json.WriteValue(claim.Kind);
        json.WritePropertyName("text");
        json.WriteValue(claim.Text);
        WriteSpan(json, claim.Span, "start", "end");
        json.WritePropertyName("value");
        json.WriteValue(claim.Value.Value.ToNormalString());
        json.WritePropertyName("subject");
        json.WriteValue(claim.Subject);
        json.WritePropertyName("speaker");
        json.WriteValue(claim.Speaker?.Name);
        json.WriteEndObject();
    }

    private static void WriteSpan(JsonWriter json, TextSpan? span, string startName, string endName)
    {
        json.WritePropertyName(startName);
        json.WriteValue(span?.Start);
        json.WritePropertyName(endName);
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
