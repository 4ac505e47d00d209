namespace QuoteCheck.Text;

/// <summary>A one-based line and column, for showing an offset to people.</summary>
/// <param name="Line">The line number, counting from 1.</param>
/// <param name="Column">The column in UTF-16 code units, counting from 1.</param>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <summary>The position as <c>line:column</c>.</summary>
    /// <returns>For example <c>12:5</c>.</returns>
    public override string ToString() => $"{Line}:{Column}";
}
