namespace Haltern.Assistant.Knowledge;

/// <summary>A knowledge file that cannot be read: where (line, if known) and why.</summary>
public sealed class KnowledgeFileException : Exception
{
    public KnowledgeFileException(int? line, string reason)
        : base(reason)
    {
        Line = line;
    }

    public int? Line { get; }
}
