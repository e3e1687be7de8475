namespace Haltern.Assistant.Knowledge;

/// <summary>A knowledge file as found in the folder: its id (the path below the folder), last write time and length.</summary>
public sealed record KnowledgeFileStamp(string Id, DateTime LastWriteUtc, long Length);

/// <summary>
/// One knowledge file as read: what it was read from (<see cref="Stamp"/>, the SHA-256 of its bytes) and what it
/// gave: an article, a service, or the reason it was skipped. A reload compares stamps to find the files to read
/// again, and hashes to tell a changed file from one only touched.
/// </summary>
public sealed record KnowledgeFile(KnowledgeFileStamp Stamp, string Hash)
{
    public string Id => Stamp.Id;

    public Article? Article { get; init; }

    public Service? Service { get; init; }

    public SkippedFile? Skipped { get; init; }

    /// <summary>Entries of a file that was read but whose entries these could not be: skipped alone.</summary>
    public IReadOnlyList<SkippedEntry> SkippedEntries { get; init; } = [];
}
