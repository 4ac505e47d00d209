namespace QuoteCheck.Claims;

/// <summary>
/// A claim rule file is wrong: the message names the file, the line and position, and what is wrong,
/// for example <c>rules/evacuated.json(4,20): Unknown value kind 'numbr'; expected one of number, …</c>.
/// </summary>
public sealed class ClaimRuleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file (or the name given for a stream).</param>
    /// <param name="lineNumber">The 1-based line, or 0 when unknown.</param>
    /// <param name="linePosition">The 1-based position in the line, or 0 when unknown.</param>
    /// <param name="problem">What is wrong, in plain words.</param>
    /// <param name="innerException">The JSON reader's error, if any.</param>
    public ClaimRuleException(string fileName, int lineNumber, int linePosition, string problem, Exception? innerException = null)
        : base($"{fileName}({lineNumber},{linePosition}): {problem}", innerException)
    {
        FileName = fileName;
        LineNumber = lineNumber;
        LinePosition = linePosition;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public ClaimRuleException()
        : this("rules", 0, 0, "The claim rules are not valid.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What is wrong.</param>
    public ClaimRuleException(string message)
        : this("rules", 0, 0, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ClaimRuleException(string message, Exception innerException)
        : this("rules", 0, 0, message, innerException)
    {
    }

    /// <summary>The file (or the name given for a stream).</summary>
    public string FileName { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based position in the line, or 0 when unknown.</summary>
    public int LinePosition { get; }

    /// <summary>What is wrong, in plain words, without the file and position.</summary>
    public string Problem { get; }
}
