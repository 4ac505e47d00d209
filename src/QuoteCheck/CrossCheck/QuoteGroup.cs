namespace QuoteCheck.CrossCheck;

/// <summary>The same quote as given by several sources (or repeated within one).</summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed record QuoteGroup
{
    internal QuoteGroup(string id, string text, string? speaker, IReadOnlyList<QuoteGroupMember> members, bool agrees)
    {
        Id = id;
        Text = text;
        Speaker = speaker;
        Members = members;
        Agrees = agrees;
    }

    /// <summary>A stable id within the report (<c>q1</c>, <c>q2</c>, …).</summary>
    public string Id { get; init; }

    /// <summary>The fullest wording, used as the representative.</summary>
    public string Text { get; init; }

    /// <summary>The speaker's fullest name across sources, or null when no source names one.</summary>
    public string? Speaker { get; init; }

    /// <summary>Every source's version, in document order.</summary>
    public IReadOnlyList<QuoteGroupMember> Members { get; init; }

    /// <summary>Whether the sources agree (no wording, truncation, speaker or meaning finding).</summary>
    public bool Agrees { get; init; }

    /// <summary>How many distinct documents give the quote (duplicates of one article count once).</summary>
    public int SourceCount => Members.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count();
}
