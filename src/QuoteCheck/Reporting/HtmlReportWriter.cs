using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using QuoteCheck.CrossCheck;

namespace QuoteCheck.Reporting;

/// <summary>
/// Writes a report as one self-contained HTML page: each conflict with its evidence side by side, a
/// timeline of the dated claims per source (inline SVG), and the articles' full text side by side with
/// every piece of evidence highlighted. Nothing is fetched from the network.
/// </summary>
/// <remarks>
/// Everything taken from an article is HTML-escaped. The page carries a Content-Security-Policy that
/// allows only its own inline style and script, by SHA-256 hash, and nothing else (no network, no other
/// script, no inline event handlers). Each highlighted piece of evidence is a <c>mark</c> element whose
/// <c>data-ev</c> attribute lists the evidence it shows as <c>CONFLICT-INDEX</c> (<c>c1-0</c>).
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    private const int SnippetContext = 90;

    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1rem 2rem;color:#1d1d1f;background:#fbfbfa}
        h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
        .conflict{border-left:5px solid #999;background:#fff;padding:.5rem 1rem;margin:1rem 0;box-shadow:0 1px 2px #0002;cursor:pointer}
        .conflict.high{border-color:#c62828}.conflict.medium{border-color:#ef6c00}.conflict.low{border-color:#0277bd}.conflict.info{border-color:#9e9e9e}
        .conflict h3{margin:.2rem 0;font-size:1rem}.tag{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:#555}
        .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:.75rem}
        .side{background:#f6f6f3;padding:.5rem;border-radius:4px}.side .doc{font-weight:600;font-size:.85rem}.reading{font-size:.8rem;color:#555}
        mark{background:#fff3a0;padding:0 1px}mark.focus{background:#ffb74d;outline:2px solid #e65100}
        .diff{font-family:ui-monospace,monospace;font-size:.85rem;color:#444}
        .articles{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(320px,1fr);gap:1rem;overflow-x:auto}
        .article{background:#fff;padding:.5rem 1rem;box-shadow:0 1px 2px #0002;white-space:pre-wrap;font-size:.9rem}
        .article h3{white-space:normal;font-size:.95rem}
        .timeline svg{width:100%;height:auto;background:#fff}
        ul.agree{padding-left:1.2rem}
        """;

    private const string Script = """
        document.querySelectorAll('.conflict').forEach(function (card) {
          card.addEventListener('click', function () {
            document.querySelectorAll('mark.focus').forEach(function (m) { m.classList.remove('focus'); });
            var first = null;
            document.querySelectorAll('.articles mark').forEach(function (m) {
              var ids = (m.getAttribute('data-ev') || '').split(' ');
              if (ids.some(function (id) { return id.indexOf(card.id + '-') === 0; })) {
                m.classList.add('focus');
                if (!first) { first = m; }
              }
            });
            if (first) { first.scrollIntoView({ block: 'center' }); }
          });
        });
        """;

    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; img-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The shared instance.</summary>
    public static HtmlReportWriter Instance { get; } = new();

    /// <inheritdoc/>
    public void Write(CrossCheckReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>QuoteCheck report</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>QuoteCheck report</h1>\n<p>").Append(report.Documents.Count).Append(" articles, ")
            .Append(report.Conflicts.Count(static c => c.IsDisagreement)).Append(" conflicts, ")
            .Append(report.Conflicts.Count(static c => !c.IsDisagreement)).Append(" notes. Click a conflict to find its evidence in the articles.</p>\n");

        html.Append("<h2 id=\"conflicts\">Conflicts</h2>\n");
        if (report.Conflicts.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }

        var byId = report.Documents.ToDictionary(static d => d.Document.Id, static d => d.Document.Text, StringComparer.Ordinal);
        foreach (Conflict conflict in report.Conflicts)
        {
            WriteConflict(html, conflict, byId);
        }

        WriteAgreements(html, report);
        WriteTimeline(html, report);
        WriteArticles(html, report);
        html.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteConflict(StringBuilder html, Conflict conflict, Dictionary<string, string> texts)
    {
        string severity = LowerCaseName<ConflictSeverity>.Of(conflict.Severity);
        html.Append("<article class=\"conflict ").Append(severity).Append("\" id=\"").Append(E(conflict.Id)).Append("\">\n<h3><span class=\"tag\">")
            .Append(E(JsonReportWriter.ConflictKindName(conflict.Kind))).Append(" \u00B7 ").Append(severity).Append("</span><br>")
            .Append(E(conflict.Explanation)).Append("</h3>\n");
        if (conflict.WordDiff is not null)
        {
            html.Append("<p class=\"diff\">").Append(E(conflict.WordDiff)).Append("</p>\n");
        }

        html.Append("<div class=\"sides\">\n");
        for (int i = 0; i < conflict.Evidence.Count; i++)
        {
            Evidence evidence = conflict.Evidence[i];
            html.Append("<div class=\"side\"><div class=\"doc\">").Append(E(evidence.DocumentId)).Append(" <span class=\"reading\">")
                .Append(evidence.Span.Start).Append('\u2013').Append(evidence.Span.End).Append("</span></div><div>");
            if (texts.TryGetValue(evidence.DocumentId, out string? text) && evidence.Span.End <= text.Length)
            {
                int from = Math.Max(0, evidence.Span.Start - SnippetContext);
                int to = Math.Min(text.Length, evidence.Span.End + SnippetContext);
                html.Append(from > 0 ? "\u2026" : "").Append(E(text[from..evidence.Span.Start]))
                    .Append("<mark class=\"snippet\">").Append(E(evidence.Text)).Append("</mark>")
                    .Append(E(text[evidence.Span.End..to])).Append(to < text.Length ? "\u2026" : "");
            }
            else
            {
                html.Append("<mark class=\"snippet\">").Append(E(evidence.Text)).Append("</mark>");
            }

            html.Append("</div>");
            if (evidence.Reading is not null)
            {
                html.Append("<div class=\"reading\">").Append(E(evidence.Reading)).Append("</div>");
            }

            html.Append("</div>\n");
        }

        html.Append("</div>\n</article>\n");
    }

    private static void WriteAgreements(StringBuilder html, CrossCheckReport report)
    {
        html.Append("<h2 id=\"agreements\">Agreements</h2>\n<ul class=\"agree\">\n");
        foreach (QuoteGroup group in report.QuoteGroups.Where(static g => g.Agrees))
        {
            html.Append("<li>").Append(E(group.Speaker ?? Explanations.UnnamedSpeaker)).Append(": \u201C").Append(E(group.Text)).Append("\u201D <span class=\"reading\">")
                .Append(E(string.Join(", ", group.Members.Select(static m => m.DocumentId).Distinct(StringComparer.Ordinal)))).Append("</span></li>\n");
        }

        foreach (ClaimGroup group in report.ClaimGroups.Where(static g => g.Agrees))
        {
            html.Append("<li>").Append(E(group.Subject)).Append(": ")
                .Append(E(string.Join("; ", group.Members.Select(static m => $"{m.DocumentId}: {m.Claim.Text}")))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>A row per source; each dated claim a bar over the days its words allow, coloured by its group.</summary>
    private static void WriteTimeline(StringBuilder html, CrossCheckReport report)
    {
        var items = new List<(int Row, int Group, DateOnly From, DateOnly To, string Label)>();
        string[] ids = [.. report.Documents.Select(static d => d.Document.Id)];
        for (int g = 0; g < report.ClaimGroups.Count; g++)
        {
            foreach (ClaimGroupMember member in report.ClaimGroups[g].Members)
            {
                string[] ends = member.Reading.Split("..");
                if (ends.Length == 2
                    && DateOnly.TryParseExact(ends[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly from)
                    && DateOnly.TryParseExact(ends[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly to))
                {
                    items.Add((Array.IndexOf(ids, member.DocumentId), g, from, to, $"{report.ClaimGroups[g].Subject}: \u201C{member.Claim.Text}\u201D ({member.Reading})"));
                }
            }
        }

        html.Append("<h2 id=\"timeline\">Timeline of dated claims</h2>\n<div class=\"timeline\">\n");
        if (items.Count == 0)
        {
            html.Append("<p>No dated claims were lined up across sources.</p>\n</div>\n");
            return;
        }

        const int labelWidth = 220, width = 1100, rowHeight = 28, top = 24;
        int first = items.Min(static i => i.From.DayNumber) - 15;
        int last = items.Max(static i => i.To.DayNumber) + 15;
        double scale = (double)(width - labelWidth - 10) / Math.Max(1, last - first);
        int height = top + (ids.Length * rowHeight) + 10;
        string[] palette = ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#4e342e"];
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Timeline of dated claims per source\">\n");
        for (int year = DateOnly.FromDayNumber(first).Year + 1; year <= DateOnly.FromDayNumber(last).Year; year++)
        {
            double x = labelWidth + ((new DateOnly(year, 1, 1).DayNumber - first) * scale);
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"{top - 6}\" x2=\"{x:0.#}\" y2=\"{height}\" stroke=\"#ddd\"/><text x=\"{x + 3:0.#}\" y=\"14\" font-size=\"12\" fill=\"#555\">{year}</text>\n");
        }

        for (int row = 0; row < ids.Length; row++)
        {
            int y = top + (row * rowHeight);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 17}\" font-size=\"12\">{E(ids[row])}</text><line x1=\"{labelWidth}\" y1=\"{y + 13}\" x2=\"{width - 10}\" y2=\"{y + 13}\" stroke=\"#eee\"/>\n");
        }

        foreach ((int row, int group, DateOnly from, DateOnly to, string label) in items)
        {
            double x = labelWidth + ((from.DayNumber - first) * scale);
            double w = Math.Max(4, (to.DayNumber - from.DayNumber + 1) * scale);
            int y = top + (row * rowHeight) + 5;
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"16\" rx=\"3\" fill=\"{palette[group % palette.Length]}\" fill-opacity=\"0.7\"><title>{E(label)}</title></rect>\n");
        }

        html.Append("</svg>\n</div>\n");
    }

    private static void WriteArticles(StringBuilder html, CrossCheckReport report)
    {
        html.Append("<h2 id=\"articles\">Articles</h2>\n<div class=\"articles\">\n");
        for (int d = 0; d < report.Documents.Count; d++)
        {
            var doc = report.Documents[d].Document;
            var marks = new List<(int Start, int End, string Id)>();
            foreach (Conflict conflict in report.Conflicts)
            {
                for (int i = 0; i < conflict.Evidence.Count; i++)
                {
                    Evidence e = conflict.Evidence[i];
                    if (string.Equals(e.DocumentId, doc.Id, StringComparison.Ordinal) && e.Span.End <= doc.Text.Length && e.Span.Length > 0)
                    {
                        marks.Add((e.Span.Start, e.Span.End, conflict.Id + "-" + i.ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }

            html.Append("<section class=\"article\" id=\"doc-").Append(d).Append("\"><h3>").Append(E(doc.Id));
            if (doc.Outlet is not null)
            {
                html.Append(" \u00B7 ").Append(E(doc.Outlet));
            }

            if (doc.Published is { } published)
            {
                html.Append(CultureInfo.InvariantCulture, $" \u00B7 {published:yyyy-MM-dd}");
            }
            else if (report.EstimatedDates.TryGetValue(doc.Id, out DateOnly estimated))
            {
                html.Append(CultureInfo.InvariantCulture, $" \u00B7 about {estimated:yyyy-MM-dd} (estimated)");
            }

            html.Append("</h3>");
            WriteHighlighted(html, doc.Text, marks);
            html.Append("</section>\n");
        }

        html.Append("</div>\n");
    }

    /// <summary>Cuts the text at every evidence boundary; each piece covered by evidence becomes one mark listing all of it.</summary>
    private static void WriteHighlighted(StringBuilder html, string text, List<(int Start, int End, string Id)> marks)
    {
        int[] cuts = [.. marks.SelectMany(static m => new[] { m.Start, m.End }).Append(0).Append(text.Length).Distinct().Order()];
        for (int k = 0; k + 1 < cuts.Length; k++)
        {
            int from = cuts[k], to = cuts[k + 1];
            string[] covering = [.. marks.Where(m => m.Start <= from && m.End >= to).Select(static m => m.Id)];
            string piece = E(text[from..to]);
            if (covering.Length == 0)
            {
                html.Append(piece);
            }
            else
            {
                html.Append("<mark data-ev=\"").Append(E(string.Join(' ', covering))).Append("\">").Append(piece).Append("</mark>");
            }
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
