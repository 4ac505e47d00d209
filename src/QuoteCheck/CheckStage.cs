namespace QuoteCheck;

/// <summary>The stage a <see cref="QuoteChecker.Check(IEnumerable{Text.SourceDocument}, IProgress{CheckProgress}?, CancellationToken)"/> call has reached.</summary>
public enum CheckStage
{
    /// <summary>Finding the quotes, speakers and claims of each document (on all cores).</summary>
    Analyzing,

    /// <summary>Relating the documents and lining their quotes and claims up across them.</summary>
    CrossChecking,
}
