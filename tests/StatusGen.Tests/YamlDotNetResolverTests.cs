using System;
using System.IO;
using System.Reflection;
using StatusGen.Hosting;
using Xunit;

namespace StatusGen.Tests;

/// <summary>
/// The .NET Framework host protection (<see cref="YamlDotNetResolver"/>): it answers only for StatusGen's own
/// YamlDotNet and stays out of the way everywhere else. The handler itself only registers on .NET Framework, so
/// these tests call the resolving logic directly.
/// </summary>
public sealed class YamlDotNetResolverTests
{
    private static readonly Assembly YamlDotNet = typeof(global::YamlDotNet.Serialization.Deserializer).Assembly;

    private static string GeneratorDirectory => Path.GetDirectoryName(typeof(StatusGenerator).Assembly.Location)!;

    [Fact]
    public void Expected_name_is_the_YamlDotNet_the_generator_was_compiled_against()
    {
        var expected = YamlDotNetResolver.ExpectedName;

        Assert.NotNull(expected);
        Assert.Equal("YamlDotNet", expected!.Name);
        Assert.Equal(YamlDotNet.GetName().Version, expected.Version);
        Assert.Equal(YamlDotNet.GetName().GetPublicKeyToken(), expected.GetPublicKeyToken());
    }

    [Fact]
    public void Request_for_our_YamlDotNet_returns_the_loaded_assembly()
    {
        var resolved = YamlDotNetResolver.Resolve(YamlDotNet.FullName!, new[] { typeof(object).Assembly, YamlDotNet }, generatorDirectory: null);

        Assert.Same(YamlDotNet, resolved);
    }

    [Fact]
    public void Request_for_our_YamlDotNet_finds_the_copy_beside_the_generator()
    {
        var path = YamlDotNetResolver.FindBesideGenerator(GeneratorDirectory, YamlDotNetResolver.ExpectedName!);

        Assert.Equal(Path.Combine(GeneratorDirectory, "YamlDotNet.dll"), path);
    }

    [Fact]
    public void No_copy_beside_the_generator_means_no_answer()
    {
        var empty = Directory.CreateTempSubdirectory("statusgen-resolver-").FullName;
        try
        {
            Assert.Null(YamlDotNetResolver.FindBesideGenerator(empty, YamlDotNetResolver.ExpectedName!));
            Assert.Null(YamlDotNetResolver.FindBesideGenerator(null, YamlDotNetResolver.ExpectedName!));
            Assert.Null(YamlDotNetResolver.Resolve(YamlDotNet.FullName!, Array.Empty<Assembly>(), empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Theory]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed")]
    [InlineData("YamlDotNet, Version=13.0.0.0, Culture=neutral, PublicKeyToken=ec19458f3c15af5e")]
    [InlineData("YamlDotNet, Version=99.0.0.0, Culture=neutral, PublicKeyToken=ec19458f3c15af5e")]
    [InlineData("System.Collections.Immutable, Version=9.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a")]
    public void Other_requests_are_left_to_the_host(string requestedName)
    {
        Assert.Null(YamlDotNetResolver.Resolve(requestedName, new[] { YamlDotNet }, GeneratorDirectory));
    }

    [Fact]
    public void Same_version_with_another_public_key_is_not_ours()
    {
        var name = YamlDotNet.GetName();
        var impostor = new AssemblyName(name.Name!) { Version = name.Version, CultureName = string.Empty };
        impostor.SetPublicKeyToken(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });

        Assert.Null(YamlDotNetResolver.Resolve(impostor.FullName, new[] { YamlDotNet }, GeneratorDirectory));
    }

    [Fact]
    public void Handler_is_not_registered_on_modern_dotnet()
    {
        // Each analyzer folder has its own AssemblyLoadContext here; the hook is for .NET Framework hosts only.
        Assert.False(YamlDotNetResolver.IsNeeded);
        Assert.False(YamlDotNetResolver.EnsureRegistered());
    }
}
