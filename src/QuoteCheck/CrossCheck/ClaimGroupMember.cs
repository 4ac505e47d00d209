using QuoteCheck.Claims;

namespace QuoteCheck.CrossCheck;

/// <summary>One source's claim in a <see cref="ClaimGroup"/>. Immutable.</summary>
/// <param name="DocumentId">The id of the document.</param>
/// <param name="Claim">The claim as that document gives it.</param>
/// <param name="Reading">The interval QuoteCheck compares, for people (<c>2018-12-29..2019-01-29</c>, <c>13000..</c>).</param>
/// <param name="Cluster">Which agreeing cluster of the group the claim falls in (0 when the whole group agrees).</param>
public sealed record ClaimGroupMember(string DocumentId, Claim Claim, string Reading, int Cluster);
