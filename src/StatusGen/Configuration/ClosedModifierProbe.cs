using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StatusGen.Configuration;

/// <summary>
/// Whether the compiler running the generator accepts the <c>closed</c> class modifier (C# 15 closed hierarchies) at the
/// project's language version, asked of that compiler itself: it compiles a tiny closed hierarchy, with the project's
/// parse options, against a minimal core library written here, and the answer is "no errors".
/// <para>
/// Parsing alone does not tell: a compiler that knows <c>closed</c> parses it at every language version and refuses it
/// only when binding (CS8652, "a preview feature"). Comparing a <c>LanguageVersion</c> with a guessed number would break
/// both ways: on a compiler that has the version but not yet the feature, and on the version that ships it. A compiler
/// that does not know the modifier at all (the Roslyn 4.8 floor) reads <c>closed</c> as a type name and fails to parse.
/// The probe needs no reference assembly, so it depends on the parse options only and runs once per change of them.
/// </para>
/// </summary>
internal static class ClosedModifierProbe
{
    private const string Probe = """
        namespace System
        {
            public class Object { }
            public abstract class ValueType { }
            public struct Void { }
            public struct Boolean { }
            public struct Int32 { }
            public class String { }
            public abstract class Attribute { }
            public abstract class Enum : ValueType { }
            public enum AttributeTargets { Class = 4 }
            public sealed class AttributeUsageAttribute : Attribute
            {
                public AttributeUsageAttribute(AttributeTargets validOn) { }
                public bool Inherited { get; set; }
            }
        }
        namespace System.Runtime.CompilerServices
        {
            [System.AttributeUsage(System.AttributeTargets.Class, Inherited = false)]
            public sealed class IsClosedTypeAttribute : System.Attribute { }
            public sealed class CompilerFeatureRequiredAttribute : System.Attribute
            {
                public CompilerFeatureRequiredAttribute(string featureName) { }
            }
        }
        namespace Probe
        {
            public closed partial class Union
            {
                private Union() { }
                public abstract int Case { get; }
                public sealed class First : Union { public override int Case => 1; }
            }
        }
        """;

    public static bool Supports(ParseOptions parseOptions)
    {
        if (parseOptions is not CSharpParseOptions csharp)
        {
            return false;
        }

        var tree = CSharpSyntaxTree.ParseText(Probe, csharp.WithDocumentationMode(DocumentationMode.None).WithPreprocessorSymbols());
        if (tree.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            return false;
        }

        var compilation = CSharpCompilation.Create(
            "StatusGenClosedProbe",
            new[] { tree },
            references: null,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return !compilation.GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
    }
}
