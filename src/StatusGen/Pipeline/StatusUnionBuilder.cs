using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StatusGen.Configuration;
using StatusGen.Diagnostics;
using StatusGen.Emit;
using StatusGen.Model;
using StatusGen.Primitives;

namespace StatusGen.Pipeline;

/// <summary>One <c>[StatusUnion]</c> class checked against the catalog: what to emit (null when nothing can be), and what to report.</summary>
internal sealed record StatusUnionResult(StatusUnionEmitModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly StatusUnionResult Nothing = new(null, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>
/// Resolves a <see cref="StatusUnionDeclaration"/>'s codes against the catalog and checks them: every mistake is a
/// diagnostic at its argument, and every code that has no mistake still becomes a case. A class that cannot take a
/// generated part (not partial, static, ...) gets only its diagnostics.
/// </summary>
internal static class StatusUnionBuilder
{
    public static StatusUnionResult Build(StatusUnionDeclaration declaration, StatusUnionSettings? settings)
    {
        if (settings is null || !declaration.IsFirstDeclaration)
        {
            // No settings: the project's C# version is too old, which the catalog reports (STG0018). A second declaration
            // with the attribute: the compiler reports CS0579, and the first one generates.
            return StatusUnionResult.Nothing;
        }

        var diagnostics = new List<DiagnosticInfo>(declaration.Problems);
        if (declaration.IsPublic && !settings.Generation.Options.IsPublic)
        {
            diagnostics.Add(At(DiagnosticDescriptors.UnionMorePublicThanGeneratedTypes, declaration.AttributeLocation, declaration.Name));
        }

        if (declaration.Codes.IsEmpty)
        {
            diagnostics.Add(At(DiagnosticDescriptors.UnionWithoutCodes, declaration.AttributeLocation, declaration.Name));
        }

        if (diagnostics.Count > 0)
        {
            return new StatusUnionResult(null, diagnostics.ToEquatableArray());
        }

        var catalog = settings.Generation.Catalog;
        var byCode = new Dictionary<int, StatusCodeInfo>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var info in catalog.Codes)
        {
            byCode[info.Code] = info;
            byName[info.Name] = info.Code;
        }

        var shapes = CaseShape.For(catalog).ToDictionary(shape => shape.Code.Code);
        var userMembers = new HashSet<string>(declaration.MemberNames, StringComparer.Ordinal);
        var generatedMembers = new HashSet<string>(StatusUnionEmitter.MemberNames, StringComparer.Ordinal);
        var codes = new List<int>();
        foreach (var argument in declaration.Codes)
        {
            int code;
            if (argument.Code is { } number)
            {
                code = number;
            }
            else if (argument.CatalogName is { } name)
            {
                if (!byName.TryGetValue(name, out code))
                {
                    diagnostics.Add(At(DiagnosticDescriptors.UnionCodeNotInCatalog, argument.Location, argument.Text));
                    continue;
                }
            }
            else
            {
                diagnostics.Add(At(DiagnosticDescriptors.UnionCodeNotConstant, argument.Location, argument.Text));
                continue;
            }

            var codeText = code.ToString(CultureInfo.InvariantCulture);
            if (!byCode.TryGetValue(code, out var info))
            {
                diagnostics.Add(At(DiagnosticDescriptors.UnionCodeNotInCatalog, argument.Location, "status code " + codeText));
                continue;
            }

            if (codes.Contains(code))
            {
                diagnostics.Add(At(DiagnosticDescriptors.UnionCodeListedTwice, argument.Location, codeText));
                continue;
            }

            if (!shapes.TryGetValue(code, out var shape))
            {
                var descriptor = info.Group == StatusGroupKind.Informational
                    ? DiagnosticDescriptors.UnionInformationalCode
                    : DiagnosticDescriptors.UnionUnusedCode;
                diagnostics.Add(At(descriptor, argument.Location, codeText));
                continue;
            }

            if (shape.HasValue && declaration.ValueType is null)
            {
                diagnostics.Add(At(DiagnosticDescriptors.UnionContentWithoutValueType, argument.Location, codeText, shape.Name));
                continue;
            }

            var collision = shape.Name == declaration.Name ? DiagnosticDescriptors.UnionCaseNameIsClassName
                : generatedMembers.Contains(shape.Name) ? DiagnosticDescriptors.UnionCaseNameIsGeneratedMember
                : userMembers.Contains(shape.Name) ? DiagnosticDescriptors.UnionCaseNameIsDeclaredMember
                : null;
            if (collision is not null)
            {
                diagnostics.Add(At(collision, argument.Location, shape.Name, codeText));
                continue;
            }

            codes.Add(code);
        }

        if (declaration.ValueType is not null && !codes.Any(code => shapes[code].HasValue))
        {
            diagnostics.Add(At(
                DiagnosticDescriptors.UnionValueTypeWithoutContent,
                declaration.ValueTypeLocation ?? declaration.AttributeLocation,
                declaration.ValueTypeDisplay ?? declaration.ValueType));
        }

        var model = codes.Count == 0
            ? null
            : new StatusUnionEmitModel(
                new StatusUnionModel(
                    declaration.Namespace,
                    declaration.ContainingTypes,
                    declaration.Name,
                    declaration.ValueType,
                    declaration.ValueTypeAllowsConversion,
                    codes.ToEquatableArray()),
                settings);
        return new StatusUnionResult(model, diagnostics.ToEquatableArray());
    }

    private static DiagnosticInfo At(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor, location, MessageText.Clean(arguments).ToEquatableArray());
}
