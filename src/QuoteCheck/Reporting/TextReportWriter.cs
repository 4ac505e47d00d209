using QuoteCheck.Claims;
using QuoteCheck.CrossCheck;
using QuoteCheck.Quotes;

namespace QuoteCheck.Reporting;

/// <summary>
/// Writes a report as plain text for people: conflicts first (most severe first, each with its
/// evidence), then what the sources agree on, then each document's quotes and claims. Colour (ANSI
/// escapes) only when asked for, which the console does on a terminal.
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    private readonly bool _color;

    /// <summary>Creates a writer.</summary>
    /// <param name="color">Whether to colour the output with ANSI escapes.</param>
    public TextReportWriter(bool color = false) => _color = color;

    /// <inheritdoc/>
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Bold($"Conflicts ({report.Conflicts.Count})") + "\n");
        if (report.Conflicts.Count == 0)
        {
            output.Write("  none\n");
        }

        foreach (Conflict conflict in report.Conflicts)
        {
            string tag = $"[{LowerCaseName<ConflictSeverity>.Of(conflict.Severity)}] {JsonReportWriter.ConflictKindName(conflict.Kind)}";
            output.Write($"  {Colour(conflict.Severity, tag)}: {conflict.Explanation}\n");
            foreach (Evidence evidence in conflict.Evidence)
            {
                string reading = evidence.Reading is null ? "" : $"  ({evidence.Reading})";
                output.Write($"      {evidence.DocumentId} @{evidence.Span.Start}-{evidence.Span.End}: \u201C{OneLine(evidence.Text)}\u201D{reading}\n");
            }
        }

        output.Write('\n');
        QuoteGroup[] quotes = [.. report.QuoteGroups.Where(static g => g.Agrees)];
        ClaimGroup[] claims = [.. report.ClaimGroups.Where(static g => g.Agrees)];
        output.Write(Bold($"Agreements ({quotes.Length + claims.Length})") + "\n");
        foreach (QuoteGroup group in quotes)
        {
            string documents = string.Join(", ", group.Members.Select(static m => m.DocumentId).Distinct(StringComparer.Ordinal));
            output.Write($"  quote  {group.Speaker ?? Explanations.UnnamedSpeaker}: \u201C{OneLine(group.Text)}\u201D  [{documents}]\n");
        }

        foreach (ClaimGroup group in claims)
        {
            string values = string.Join("; ", group.Members.Select(static m => $"{m.DocumentId}: {m.Claim.Text}"));
            output.Write($"  claim  {group.Subject}: {values}\n");
        }

        output.Write('\n');
        foreach (DocumentAnalysis analysis in report.Documents)
        {
            output.Write(Bold(analysis.Document.Id));
            if (analysis.Document.Published is { } published)
            {
                output.Write($" ({published:yyyy-MM-dd})");
            }
            else if (report.EstimatedDates.TryGetValue(analysis.Document.Id, out DateOnly estimated))
            {
                output.Write($" (about {estimated:yyyy-MM-dd}, estimated)");
            }

            output.Write('\n');
            foreach (Quote quote in analysis.Quotes)
            {
                string speaker = quote.Speaker?.Name ?? "(unknown)";
                output.Write($"  {JsonReportWriter.KindName(quote.Kind),-15} {speaker}: \u201C{OneLine(quote.Text)}\u201D\n");
            }

            foreach (Claim claim in analysis.Claims)
            {
                output.Write($"  {claim.Kind,-15} {claim.Text} = {claim.Value.Value.ToNormalString()}{(claim.Subject is null ? "" : " (" + claim.Subject + ")")}\n");
            }

            output.Write('\n');
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private string Bold(string text) => _color ? $"\u001b[1m{text}\u001b[0m" : text;

    private string Colour(ConflictSeverity severity, string text) => !_color ? text : severity switch
    {
        ConflictSeverity.High => $"\u001b[31m{text}\u001b[0m",
        ConflictSeverity.Medium => $"\u001b[33m{text}\u001b[0m",
        ConflictSeverity.Low => $"\u001b[36m{text}\u001b[0m",
        _ => $"\u001b[2m{text}\u001b[0m",
    };
}
