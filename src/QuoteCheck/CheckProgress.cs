namespace QuoteCheck;

/// <summary>
/// How far a check has got, as reported to the <see cref="IProgress{T}"/> given to
/// <see cref="QuoteChecker.Check(IEnumerable{Text.SourceDocument}, IProgress{CheckProgress}?, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// Immutable. While analysing, <see cref="Completed"/> counts the documents done; the cross-check is reported
/// once when it starts (0 of <see cref="Total"/>) and once when it ends (<see cref="Total"/> of <see cref="Total"/>).
/// </remarks>
/// <param name="Stage">The stage.</param>
/// <param name="Completed">How many documents the stage has finished.</param>
/// <param name="Total">How many documents the check holds.</param>
public readonly record struct CheckProgress(CheckStage Stage, int Completed, int Total);
