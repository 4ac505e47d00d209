namespace QuoteCheck.Reporting;

/// <summary>Writes a <see cref="CrossCheckReport"/> in one format (JSON, text, Markdown, HTML).</summary>
/// <remarks>Implementations are stateless and thread-safe; the same report gives the same output, byte for byte.</remarks>
public interface IReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; not closed.</param>
    void Write(CrossCheckReport report, TextWriter output);
}
