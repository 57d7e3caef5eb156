using System.Globalization;
using System.IO;
using System.Text;

namespace StatusGen.Benchmarks.EditBuild;

/// <summary>
/// The consumer the edit-build benchmark builds: a 20-file net10.0 console app whose code never names a generated
/// type, so the same sources compile with and without the package and the two projects differ only in the
/// <c>StatusGen</c> PackageReference.
/// </summary>
internal static class ConsumerApp
{
    public const int FileCount = 20;

    /// <summary>Writes the project into <paramref name="folder"/>; <paramref name="items"/> goes into an ItemGroup as it is.</summary>
    public static void Write(string folder, string name, string items)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>EditBuildApp</RootNamespace>
              </PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
            </Project>
            """);
        WriteProgram(folder, 0);
        for (var i = 1; i < FileCount; i++)
        {
            File.WriteAllText(Path.Combine(folder, FeatureName(i) + ".cs"), Feature(i));
        }
    }

    /// <summary>The one-line edit: Program.cs prints another number, so csc (and the generator) must run again.</summary>
    public static void WriteProgram(string folder, int edit)
    {
        var builder = new StringBuilder();
        builder.Append("using EditBuildApp;\n\n");
        builder.Append("Console.WriteLine(\"edit ").Append(edit.ToString(CultureInfo.InvariantCulture)).Append("\");\n");
        for (var i = 1; i < FileCount; i++)
        {
            builder.Append("Console.WriteLine(new ").Append(FeatureName(i)).Append("().Describe(").Append(i.ToString(CultureInfo.InvariantCulture)).Append("));\n");
        }

        File.WriteAllText(Path.Combine(folder, "Program.cs"), builder.ToString());
    }

    private static string FeatureName(int i) => "Feature" + i.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Ordinary application code: a record, a small service with LINQ, string formatting and a switch.</summary>
    private static string Feature(int i)
    {
        var name = FeatureName(i);
        return $$"""
            namespace EditBuildApp;

            public sealed record {{name}}Item(int Id, string Name, decimal Price, DateTime Created);

            public sealed class {{name}}
            {
                private readonly List<{{name}}Item> _items = new();

                public {{name}}()
                {
                    for (var i = 0; i < {{10 + i}}; i++)
                    {
                        _items.Add(new {{name}}Item(i, "item " + i, i * 1.5m, new DateTime(2026, 1, 1).AddDays(i)));
                    }
                }

                public IReadOnlyList<{{name}}Item> Items => _items;

                public decimal Total(Func<{{name}}Item, bool> filter) => _items.Where(filter).Sum(item => item.Price);

                public string Classify(int value) => value switch
                {
                    < 0 => "negative",
                    0 => "zero",
                    < 10 => "small",
                    < 100 => "medium",
                    _ => "large",
                };

                public async Task<int> CountAsync(CancellationToken cancellationToken)
                {
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                    return _items.Count(item => item.Created.DayOfWeek != DayOfWeek.Sunday);
                }

                public string Describe(int seed)
                {
                    var cheapest = _items.OrderBy(item => item.Price).ThenBy(item => item.Name, StringComparer.Ordinal).First();
                    var grouped = _items.GroupBy(item => item.Created.Month).Select(group => $"{group.Key}: {group.Count()}");
                    return $"{{name}} {seed} {Classify(seed)} {cheapest.Name} {Total(item => item.Id % 2 == 0):0.00} [{string.Join(", ", grouped)}]";
                }
            }
            """;
    }
}
