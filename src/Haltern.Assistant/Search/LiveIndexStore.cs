using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Haltern.Assistant.Search;

/// <summary>
/// The on-disk home of the index (<c>Knowledge:IndexPath</c>): each full build goes into a new generation folder
/// (<c>gen-&lt;timestamp&gt;</c>), and only after it is complete does the pointer file <c>current</c> (written
/// beside and renamed over, an atomic step) name it. A crash during a build therefore leaves the pointer on the
/// last complete generation; unfinished ones are removed at the next start. Updates after a change are Lucene
/// commits in the current generation, each carrying the hash of the folder it stands for: a crash during one
/// leaves the previous commit, whose hash then no longer matches the folder, so the index is built anew.
/// </summary>
public sealed class LiveIndexStore
{
    private const string PointerFile = "current";
    private const string GenerationPrefix = "gen-";
    private readonly string _root;
    private readonly TimeProvider _time;

    public LiveIndexStore(string root, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _root = Path.GetFullPath(root);
        _time = timeProvider;
        System.IO.Directory.CreateDirectory(_root);
    }

    /// <summary>The generation the pointer names now, if any.</summary>
    public string? CurrentGeneration => ReadPointer()?.Generation;

    /// <summary>The generation the pointer names, if it holds an index whose last commit was made for <paramref name="hash"/>.</summary>
    public FSDirectory? TryOpen(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        if (ReadPointer() is not { } pointer)
        {
            return null;
        }

        var path = Path.Combine(_root, pointer.Generation);
        if (!System.IO.Directory.Exists(path))
        {
            return null;
        }

        var directory = FSDirectory.Open(path);
        try
        {
            if (DirectoryReader.IndexExists(directory) && KnowledgeIndexWriter.CommittedHash(directory) == hash)
            {
                return directory;
            }
        }
        catch (IOException)
        {
            // unreadable: build anew
        }

        directory.Dispose();
        return null;
    }

    /// <summary>A new, empty generation folder to build into.</summary>
    public (string Generation, FSDirectory Directory) CreateGeneration()
    {
        var name = GenerationPrefix + _time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var path = Path.Combine(_root, name);
        System.IO.Directory.CreateDirectory(path);
        return (name, FSDirectory.Open(path));
    }

    /// <summary>Points <c>current</c> at a complete generation, atomically (with the hash it was built for, for people reading it).</summary>
    public void Commit(string generation, string hash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(generation);
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        var pointer = Path.Combine(_root, PointerFile);
        var temporary = pointer + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(generation + "\n" + hash + "\n");
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, pointer, overwrite: true);
    }

    /// <summary>Deletes generation folders other than the current one and <paramref name="keep"/> (still serving).</summary>
    public void RemoveOtherGenerations(params string?[] keep)
    {
        var current = CurrentGeneration;
        foreach (var folder in System.IO.Directory.EnumerateDirectories(_root, GenerationPrefix + "*"))
        {
            var name = Path.GetFileName(folder);
            if (name == current || keep.Contains(name))
            {
                continue;
            }

            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // still in use somewhere: removed at a later build or start
            }
        }
    }

    private (string Generation, string? Hash)? ReadPointer()
    {
        var pointer = Path.Combine(_root, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var lines = File.ReadAllLines(pointer);
        return lines.Length >= 1 && lines[0].StartsWith(GenerationPrefix, StringComparison.Ordinal)
            && lines[0].IndexOfAny(['/', '\\']) < 0 && lines[0] != "." && lines[0] != ".."
            ? (lines[0], lines.Length >= 2 ? lines[1] : null)
            : null;
    }
}
