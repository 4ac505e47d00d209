namespace QuoteCheck.CrossCheck;

/// <summary>Claims about the same thing (the same measure, topic and event) across sources.</summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
public sealed record ClaimGroup
{
    internal ClaimGroup(string id, string subject, IReadOnlyList<ClaimGroupMember> members, bool agrees)
    {
        Id = id;
        Subject = subject;
        Members = members;
        Agrees = agrees;
    }

    /// <summary>A stable id within the report (<c>k1</c>, <c>k2</c>, …).</summary>
    public string Id { get; init; }

    /// <summary>What the claims are about, in words (<c>when the talks broke down</c>, <c>how many people died</c>).</summary>
    public string Subject { get; init; }

    /// <summary>Every claim, in document order.</summary>
    public IReadOnlyList<ClaimGroupMember> Members { get; init; }

    /// <summary>Whether all values agree within their tolerances.</summary>
    public bool Agrees { get; init; }
}
