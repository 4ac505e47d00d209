using QuoteCheck.Claims;
using QuoteCheck.Quotes;

namespace QuoteCheck.Reporting;

/// <summary>
/// Writes a report as plain text for people: conflicts first, then each document's quotes and claims.
/// Colour (ANSI escapes) only when asked for, which the console does on a terminal.
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
        foreach (DocumentAnalysis analysis in report.Documents)
        {
            output.Write(Bold(analysis.Document.Id));
            if (analysis.Document.Published is { } published)
            {
                output.Write($" ({published:yyyy-MM-dd})");
            }

            output.Write('\n');
            foreach (Quote quote in analysis.Quotes)
            {
                string speaker = quote.Speaker?.Name ?? "(unknown)";
                output.Write($"  {JsonReportWriter.KindName(quote.Kind),-15} {speaker}: \u201C{quote.Text}\u201D\n");
            }

            foreach (Claim claim in analysis.Claims)
            {
                output.Write($"  {claim.Kind,-15} {claim.Text} = {claim.Value.Value.ToNormalString()}{(claim.Subject is null ? "" : " (" + claim.Subject + ")")}\n");
            }

            output.Write('\n');
        }
    }

    private string Bold(string text) => _color ? $"\u001b[1m{text}\u001b[0m" : text;
}
