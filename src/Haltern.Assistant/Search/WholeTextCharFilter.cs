using Lucene.Net.Analysis.CharFilters;

namespace Haltern.Assistant.Search;

/// <summary>
/// A char filter that reads its input whole (a knowledge text or a question is short) and reads out a rewritten text;
/// a subclass corrects the offsets of the words after each insertion back to the input (<see cref="BaseCharFilter.AddOffCorrectMap"/>).
/// </summary>
internal abstract class WholeTextCharFilter : BaseCharFilter
{
    private string? _output;
    private int _position;

    protected WholeTextCharFilter(TextReader input)
        : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var output = Output();
        var n = Math.Min(count, output.Length - _position);
        if (n <= 0)
        {
            return 0;
        }

        output.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    public override int Read()
    {
        var output = Output();
        return _position < output.Length ? output[_position++] : -1;
    }

    public override int Peek()
    {
        var output = Output();
        return _position < output.Length ? output[_position] : -1;
    }

    /// <summary>The whole text this filter reads out, its input read (as the first read would) and written out.</summary>
    internal string Text => Output();

    /// <summary>The text read out for <paramref name="text"/>, the whole input.</summary>
    protected abstract string Rewrite(string text);

    private string Output() => _output ??= Rewrite(m_input?.ReadToEnd() ?? string.Empty); // an empty text may come with no reader (it threw)
}
