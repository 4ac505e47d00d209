namespace QuoteCheck.Quotes;

/// <summary>The codes and plain-word messages of the quote stage's diagnostics, in one place.</summary>
internal static class QuoteDiagnostics
{
    public const string UnclosedCode = "QC0101";
    public const string Unclosed = "This quote mark is never closed; the quote is taken to end with its paragraph.";

    public const string StrayMarkCode = "QC0102";
    public const string StrayMark = "A closing quote mark with no opening mark before it was ignored.";
}
