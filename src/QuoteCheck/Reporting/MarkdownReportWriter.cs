using System.Text;
using QuoteCheck.CrossCheck;

namespace QuoteCheck.Reporting;

/// <summary>
/// Writes a report as Markdown (CommonMark): conflicts with their evidence, agreements, then each
/// document's quotes. Every text taken from an article is escaped, so an article cannot inject links,
/// images or HTML into the page a Markdown renderer makes.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static MarkdownReportWriter Instance { get; } = new();

    /// <inheritdoc/>
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var md = new StringBuilder();
        md.Append("# QuoteCheck report\n\n");
        md.Append($"## Conflicts ({report.Conflicts.Count})\n\n");
        if (report.Conflicts.Count == 0)
        {
            md.Append("None.\n\n");
        }

        foreach (Conflict conflict in report.Conflicts)
        {
            md.Append($"### {conflict.Id}: {JsonReportWriter.ConflictKindName(conflict.Kind)} ({LowerCaseName<ConflictSeverity>.Of(conflict.Severity)})\n\n");
            md.Append(Escape(conflict.Explanation)).Append("\n\n");
            foreach (Evidence evidence in conflict.Evidence)
            {
                md.Append("- ").Append(Escape(evidence.DocumentId)).Append($" {evidence.Span.Start}\u2013{evidence.Span.End}: \u201C")
                    .Append(Escape(evidence.Text)).Append('\u201D');
                if (evidence.Reading is not null)
                {
                    md.Append(" (").Append(Escape(evidence.Reading)).Append(')');
                }

                md.Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## Agreements\n\n");
        foreach (QuoteGroup group in report.QuoteGroups.Where(static g => g.Agrees))
        {
            md.Append("- Quote, ").Append(Escape(group.Speaker ?? Explanations.UnnamedSpeaker)).Append(": \u201C").Append(Escape(group.Text)).Append("\u201D (")
                .Append(Escape(string.Join(", ", group.Members.Select(static m => m.DocumentId).Distinct(StringComparer.Ordinal)))).Append(")\n");
        }

        foreach (ClaimGroup group in report.ClaimGroups.Where(static g => g.Agrees))
        {
            md.Append("- ").Append(Escape(group.Subject)).Append(": ")
                .Append(Escape(string.Join("; ", group.Members.Select(static m => $"{m.DocumentId}: {m.Claim.Text}")))).Append('\n');
        }

        md.Append("\n## Documents\n\n");
        foreach (DocumentAnalysis analysis in report.Documents)
        {
            md.Append("### ").Append(Escape(analysis.Document.Id));
            if (analysis.Document.Published is { } published)
            {
                md.Append($" ({published:yyyy-MM-dd})");
            }
            else if (report.EstimatedDates.TryGetValue(analysis.Document.Id, out DateOnly estimated))
            {
                md.Append($" (about {estimated:yyyy-MM-dd}, estimated)");
            }

            md.Append("\n\n");
            foreach (var quote in analysis.Quotes)
            {
                md.Append("- ").Append(Escape(quote.Speaker?.Name ?? "(unknown)")).Append(": \u201C").Append(Escape(quote.Text)).Append("\u201D\n");
            }

            foreach (var claim in analysis.Claims)
            {
                md.Append("- ").Append(Escape(claim.Kind)).Append(": ").Append(Escape(claim.Text)).Append('\n');
            }

            md.Append('\n');
        }

        output.Write(md.ToString());
    }

    /// <summary>
    /// Escapes text for Markdown: every ASCII punctuation character that Markdown could read as syntax gets a
    /// backslash, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become entities (no raw HTML, no autolinks), and line
    /// ends become spaces so a text cannot start a block of its own.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\r' or '\n' or '\u2028' or '\u2029':
                    sb.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or '"' or '\'' or ':' or '=' or '$' or '%' or '^' or '@' or ',' or ';' or '?' or '/':
                    sb.Append('\\').Append(c);
                    break;
                default:
                    sb.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
    }
}
