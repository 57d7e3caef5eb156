using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace StatusGen.Tests.Infrastructure;

/// <summary>The consumer frameworks the generated code must compile for, with their reference assemblies.</summary>
public enum TargetFramework
{
    Net100,
    Net80,
    NetStandard20,
}

internal static class TargetFrameworkReferences
{
    public static IEnumerable<MetadataReference> For(TargetFramework framework) => framework switch
    {
        TargetFramework.Net80 => Basic.Reference.Assemblies.Net80.References.All,
        TargetFramework.NetStandard20 => Basic.Reference.Assemblies.NetStandard20.References.All,
        _ => Basic.Reference.Assemblies.Net100.References.All,
    };
}
