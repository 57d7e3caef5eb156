using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.QuickInfo;

namespace StatusGen.EditorTests;

/// <summary>What the IDE shows on hover: Roslyn's QuickInfo, flattened to text.</summary>
internal static class Hover
{
    public static async Task<string> AtAsync(GeneratorWorkspace workspace, string marker, int offset = 0)
    {
        var position = await workspace.PositionOfAsync(marker, offset).ConfigureAwait(false);
        var service = QuickInfoService.GetService(workspace.Document)!;
        var info = await service.GetQuickInfoAsync(workspace.Document, position).ConfigureAwait(false);
        return info is null
            ? string.Empty
            : string.Join("\n", info.Sections.Select(section => section.Kind + ": " + section.Text));
    }
}
