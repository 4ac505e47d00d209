namespace QuoteCheck.Text;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the result is complete.</summary>
    Info,

    /// <summary>Something in the input was odd and was handled (an unclosed quote mark, undecodable bytes).</summary>
    Warning,

    /// <summary>Part of the input could not be analysed; the result says which part.</summary>
    Error,
}

/// <summary>
/// A plain-words note about the input, with where it applies. Analysing text never throws for odd
/// input; it reports diagnostics instead.
/// </summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable code, such as <c>QC0001</c>, for filtering.</param>
/// <param name="Message">What happened, in plain words.</param>
/// <param name="Span">Where, when it applies to a place in the text.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, TextSpan? Span = null);
