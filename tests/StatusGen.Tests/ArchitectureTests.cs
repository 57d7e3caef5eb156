using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetArchTest.Rules;
using StatusGen.Tests.Infrastructure;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The generator's layers (docs/architecture.md) depend on each other one way: each folder is a namespace, and a
/// layer uses only the layers listed for it here. A new folder must be added to this table to compile in.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Each layer and the layers it may use, bottom first.</summary>
    private static readonly (string Layer, string[] MayUse)[] Layers =
    {
        ("StatusGen.Primitives", Array.Empty<string>()),
        ("StatusGen.Hosting", Array.Empty<string>()),
        ("StatusGen.Diagnostics", new[] { "StatusGen.Primitives" }),
        ("StatusGen.Model", new[] { "StatusGen.Primitives" }),
        ("StatusGen.Spec", new[] { "StatusGen.Primitives", "StatusGen.Diagnostics" }),
        ("StatusGen.Validation", new[] { "StatusGen.Primitives", "StatusGen.Diagnostics", "StatusGen.Model", "StatusGen.Spec" }),
        ("StatusGen.Configuration", new[] { "StatusGen.Primitives", "StatusGen.Diagnostics", "StatusGen.Model" }),
        ("StatusGen.Emit", new[] { "StatusGen.Primitives", "StatusGen.Model" }),
        ("StatusGen.Analyzers", new[] { "StatusGen.Primitives", "StatusGen.Diagnostics", "StatusGen.Model", "StatusGen.Configuration" }),
        ("StatusGen.Pipeline", new[] { "StatusGen.Primitives", "StatusGen.Diagnostics", "StatusGen.Model", "StatusGen.Spec", "StatusGen.Validation", "StatusGen.Configuration", "StatusGen.Emit" }),
    };

    public static IEnumerable<object[]> LayerNames => Layers.Select(layer => new object[] { layer.Layer });

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_uses_only_the_layers_below_it(string layer)
    {
        var allowed = Layers.Single(entry => entry.Layer == layer).MayUse;
        var forbidden = Layers.Select(entry => entry.Layer).Where(other => other != layer && !allowed.Contains(other)).ToArray();

        var result = Types.InAssembly(typeof(StatusGenerator).Assembly)
            .That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, layer + " uses a layer it may not: " + string.Join(", ", result.FailingTypeNames ?? Array.Empty<string>()));
    }

    [Fact]
    public void Every_type_belongs_to_a_layer()
    {
        var namespaces = typeof(StatusGenerator).Assembly.GetTypes()
            .Select(type => type.Namespace)
            .Where(name => name is not null && name.StartsWith("StatusGen", StringComparison.Ordinal) && name != "StatusGen")
            .Distinct()
            .ToList();

        Assert.All(namespaces, name => Assert.Contains(Layers, layer => name == layer.Layer || name!.StartsWith(layer.Layer + ".", StringComparison.Ordinal)));

        // The root namespace holds the generator entry point and nothing else.
        Assert.Equal(new[] { nameof(StatusGenerator) }, typeof(StatusGenerator).Assembly.GetTypes()
            .Where(type => type.Namespace == "StatusGen" && !type.IsNested && !type.Name.StartsWith('<'))
            .Select(type => type.Name));
    }

    [Fact]
    public void Each_folder_is_its_namespace()
    {
        var source = Path.Combine(RepositoryPaths.Root, "src", "StatusGen");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
                     .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            var folder = Path.GetRelativePath(source, Path.GetDirectoryName(file)!);
            var expected = folder == "." ? "StatusGen" : "StatusGen." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var declared = File.ReadLines(file).FirstOrDefault(line => line.StartsWith("namespace ", StringComparison.Ordinal));
            if (declared == "namespace System.Runtime.CompilerServices;")
            {
                continue; // a polyfill the compiler looks up by its full name
            }

            Assert.True(declared == "namespace " + expected + ";", Path.GetRelativePath(source, file) + " declares '" + declared + "', expected namespace " + expected);
        }
    }
}
