using System.Security.Cryptography;
using System.Text;

namespace Haltern.Assistant.Knowledge;

/// <summary>
/// A hash of what a knowledge folder holds (every <c>*.md</c> below <c>news/</c> and <c>services/</c>: its path
/// and the hash of its bytes) and of the code that indexes it, so an index kept on disk is only reused for the
/// same folder read by the same build.
/// </summary>
public static class KnowledgeFolderHash
{
    public static string Of(IEnumerable<KnowledgeFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(KnowledgeFolderHash).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in files.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Id + "\0" + file.Hash + "\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
