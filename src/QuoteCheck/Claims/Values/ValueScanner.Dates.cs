namespace QuoteCheck.Claims.Values;

internal sealed partial class ValueScanner
{
    private int TryDateAt(int i) => -1;
}
