namespace QuoteCheck.Reporting;

/// <summary>Writes a <see cref="CrossCheckReport"/> in one format (JSON, text, Markdown, HTML).</summary>
/// <remarks>Implementations are stateless and thread-safe; the same report gives the same output, byte for byte.</remarks>
public interface IReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <remarks>
    /// Any report the library made can be written: text taken from articles and rule files is escaped for the
    /// format, never interpreted. Only the arguments and the output itself can make it throw.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">Writing to <paramref name="output"/> failed (its own exceptions pass through).</exception>
    void Write(CrossCheckReport report, TextWriter output);
}
