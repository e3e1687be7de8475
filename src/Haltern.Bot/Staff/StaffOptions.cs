using System.ComponentModel.DataAnnotations;

namespace Haltern.Bot.Staff;

/// <summary>Configuration section <c>Staff</c>: where and how long the question log for staff is kept.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>
    /// Folder of the question log (one JSON-lines file per day). Relative paths are taken from the content root.
    /// </summary>
    [Required]
    public string DataPath { get; set; } = "App_Data/staff";

    /// <summary>Days a logged question is kept at most; older days are deleted.</summary>
    [Range(1, 366)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>Days "offene Fragen" looks back.</summary>
    [Range(1, 366)]
    public int OpenQuestionDays { get; set; } = 14;

    /// <summary>At most this many groups are listed by "offene Fragen".</summary>
    [Range(1, 200)]
    public int MaxOpenQuestionGroups { get; set; } = 20;
}
