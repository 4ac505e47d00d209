using QuoteCheck.Quotes;

namespace QuoteCheck.CrossCheck;

/// <summary>One source's version of a quote in a <see cref="QuoteGroup"/>. Immutable.</summary>
/// <param name="DocumentId">The id of the document.</param>
/// <param name="Quote">The quote as that document gives it.</param>
/// <param name="Similarity">How alike it is to the group's representative wording (0–100).</param>
public sealed record QuoteGroupMember(string DocumentId, Quote Quote, int Similarity);
