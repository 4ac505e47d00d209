namespace QuoteCheck.CrossCheck;

/// <summary>What sort of finding a <see cref="Conflict"/> is.</summary>
public enum ConflictKind
{
    /// <summary>Sources give different figures for the same thing (a count, a toll, a sum).</summary>
    ClaimValue,

    /// <summary>Sources put the same event at different times (a date, or a duration counted back from the article's date).</summary>
    Date,

    /// <summary>The same quote is worded differently in different sources.</summary>
    QuoteWording,

    /// <summary>One source gives a shorter or longer version of the same quote.</summary>
    QuoteTruncated,

    /// <summary>The same words are given to different speakers: a misattribution, the most severe finding.</summary>
    QuoteSpeaker,

    /// <summary>A quote in one source is reported as indirect speech in another with its meaning changed (a negation added or lost).</summary>
    QuoteMeaning,

    /// <summary>One article contradicts itself.</summary>
    Internal,

    /// <summary>A cumulative figure (a death toll) grows between sources published at different times: an update, not a contradiction.</summary>
    Update,

    /// <summary>The same article appears twice (a wire story run by two outlets); it counts once.</summary>
    Duplicate,
}
