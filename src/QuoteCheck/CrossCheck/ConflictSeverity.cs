namespace QuoteCheck.CrossCheck;

/// <summary>How much a <see cref="Conflict"/> matters to a journalist, from least to most.</summary>
public enum ConflictSeverity
{
    /// <summary>Worth knowing, not a disagreement: an update or a duplicate source.</summary>
    Info,

    /// <summary>A small difference, such as a quote worded a little differently or trimmed.</summary>
    Low,

    /// <summary>A difference a careful reader would want to check.</summary>
    Medium,

    /// <summary>A contradiction on a fact or a misattribution.</summary>
    High,
}
