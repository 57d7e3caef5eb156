using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using StatusGen.Diagnostics;

namespace StatusGen.Analyzers;

/// <summary>
/// STG1001: an <c>int</c> literal that is a code of the project's catalog, where it is used as an HTTP status — an
/// argument to a <c>statusCode</c> parameter, an assignment to a <c>StatusCode</c> property or to
/// <c>ProblemDetails.Status</c>, or a comparison with a response's status — should be the named constant
/// (<c>HttpStatusCodes.NotFound</c>). Literals anywhere else (<c>new byte[404]</c>, <c>TimeSpan.FromSeconds(503)</c>, a
/// <c>Status</c> of the user's own type) are not statuses and are left alone. The fix is StatusGen.CodeFixes'.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StatusCodeLiteralAnalyzer : DiagnosticAnalyzer
{
    private const string StatusCodeName = "StatusCode";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UseNamedStatusCode);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (GeneratedStatusCodes.Find(start.Compilation, start.Options) is not { } codes)
            {
                return;
            }

            var httpResponseMessage = start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpResponseMessage");
            var httpStatus = start.Compilation.GetTypeByMetadataName(codes.Namespace + ".HttpStatus");
            var statusSource = new StatusExpressions(httpResponseMessage, httpStatus);

            start.RegisterOperationAction(
                operation => AnalyzeArgument(operation, codes),
                OperationKind.Argument);
            start.RegisterOperationAction(
                operation => AnalyzeAssignment(operation, codes),
                OperationKind.SimpleAssignment);
            start.RegisterOperationAction(
                operation => AnalyzeComparison(operation, codes, statusSource),
                OperationKind.Binary);
            start.RegisterOperationAction(
                operation => AnalyzeSwitch(operation, codes, statusSource),
                OperationKind.Switch);
            start.RegisterOperationAction(
                operation => AnalyzePatterns(operation, codes, statusSource),
                OperationKind.IsPattern,
                OperationKind.SwitchExpression);
            // Attribute arguments have no operation tree in every compiler this package supports: read their syntax.
            start.RegisterSyntaxNodeAction(
                node => AnalyzeAttributeArgument(node, codes),
                SyntaxKind.AttributeArgument);
        });
    }

    /// <summary><c>StatusCode(404)</c>, <c>Results.Problem(statusCode: 409)</c>, <c>new StatusCodeResult(404)</c>, <c>.ProducesProblem(404)</c>.</summary>
    private static void AnalyzeArgument(OperationAnalysisContext context, GeneratedStatusCodes codes)
    {
        var argument = (IArgumentOperation)context.Operation;

        // Newer compilers give attribute arguments operations too; they are read from syntax (below), once.
        if (argument.Syntax is AttributeArgumentSyntax)
        {
            return;
        }

        if (argument.Parameter is { Name: "statusCode" } parameter && IsIntOrNullableInt(parameter.Type))
        {
            ReportIfCatalogLiteral(context.ReportDiagnostic, argument.Value, codes);
        }
    }

    /// <summary><c>Response.StatusCode = 404</c>, <c>new ObjectResult(x) { StatusCode = 409 }</c>, <c>new ProblemDetails { Status = 400 }</c>.</summary>
    private static void AnalyzeAssignment(OperationAnalysisContext context, GeneratedStatusCodes codes)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property: var property } && IsIntOrNullableInt(property.Type)
            && (property.Name == StatusCodeName || (property.Name == "Status" && IsProblemDetails(property.ContainingType))))
        {
            ReportIfCatalogLiteral(context.ReportDiagnostic, assignment.Value, codes);
        }
    }

    /// <summary><c>(int)response.StatusCode == 404</c>, <c>status.Code != 503</c>.</summary>
    private static void AnalyzeComparison(OperationAnalysisContext context, GeneratedStatusCodes codes, StatusExpressions statuses)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
        {
            return;
        }

        if (statuses.IsStatus(binary.LeftOperand))
        {
            ReportIfCatalogLiteral(context.ReportDiagnostic, binary.RightOperand, codes);
        }
        else if (statuses.IsStatus(binary.RightOperand))
        {
            ReportIfCatalogLiteral(context.ReportDiagnostic, binary.LeftOperand, codes);
        }
    }

    /// <summary><c>switch ((int)response.StatusCode) { case 404: ... }</c>, with constant and pattern case labels.</summary>
    private static void AnalyzeSwitch(OperationAnalysisContext context, GeneratedStatusCodes codes, StatusExpressions statuses)
    {
        var switchOperation = (ISwitchOperation)context.Operation;
        if (!statuses.IsStatus(switchOperation.Value))
        {
            return;
        }

        foreach (var section in switchOperation.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case ISingleValueCaseClauseOperation single:
                        ReportIfCatalogLiteral(context.ReportDiagnostic, single.Value, codes);
                        break;
                    case IPatternCaseClauseOperation pattern:
                        ReportConstantPatterns(context.ReportDiagnostic, pattern.Pattern, codes);
                        break;
                }
            }
        }
    }

    /// <summary><c>(int)response.StatusCode is 404 or 410</c> and the arms of a switch expression over a status.</summary>
    private static void AnalyzePatterns(OperationAnalysisContext context, GeneratedStatusCodes codes, StatusExpressions statuses)
    {
        switch (context.Operation)
        {
            case IIsPatternOperation isPattern when statuses.IsStatus(isPattern.Value):
                ReportConstantPatterns(context.ReportDiagnostic, isPattern.Pattern, codes);
                break;
            case ISwitchExpressionOperation switchExpression when statuses.IsStatus(switchExpression.Value):
                foreach (var arm in switchExpression.Arms)
                {
                    ReportConstantPatterns(context.ReportDiagnostic, arm.Pattern, codes);
                }

                break;
        }
    }

    /// <summary><c>[ProducesResponseType(404)]</c>, <c>[ProducesResponseType(typeof(Order), 200)]</c>, <c>[ProducesResponseType(statusCode: 409)]</c>.</summary>
    private static void AnalyzeAttributeArgument(SyntaxNodeAnalysisContext context, GeneratedStatusCodes codes)
    {
        var argument = (AttributeArgumentSyntax)context.Node;
        if (argument.NameEquals is not null || argument.Expression is not LiteralExpressionSyntax literal
            || argument.Parent is not AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } arguments
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return;
        }

        IParameterSymbol? parameter = null;
        if (argument.NameColon is { } nameColon)
        {
            foreach (var candidate in constructor.Parameters)
            {
                if (candidate.Name == nameColon.Name.Identifier.ValueText)
                {
                    parameter = candidate;
                }
            }
        }
        else
        {
            var position = arguments.Arguments.IndexOf(argument);
            parameter = position < constructor.Parameters.Length ? constructor.Parameters[position] : null;
        }

        if (parameter is { Name: "statusCode" } && IsIntOrNullableInt(parameter.Type) && literal.Token.Value is int code)
        {
            Report(context.ReportDiagnostic, literal.GetLocation(), code, codes);
        }
    }

    private static void ReportConstantPatterns(System.Action<Diagnostic> report, IPatternOperation pattern, GeneratedStatusCodes codes)
    {
        var pending = new Stack<IPatternOperation>();
        pending.Push(pattern);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case IConstantPatternOperation constant:
                    ReportIfCatalogLiteral(report, constant.Value, codes);
                    break;
                case IBinaryPatternOperation binary:
                    pending.Push(binary.RightPattern);
                    pending.Push(binary.LeftPattern);
                    break;
                case INegatedPatternOperation negated:
                    pending.Push(negated.Pattern);
                    break;
            }
        }
    }

    /// <summary>Reports <paramref name="value"/> when it is an int literal (through implicit conversions) of a catalog code.</summary>
    private static void ReportIfCatalogLiteral(System.Action<Diagnostic> report, IOperation value, GeneratedStatusCodes codes)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        if (value is ILiteralOperation { ConstantValue: { HasValue: true, Value: int code } } literal
            && literal.Syntax is LiteralExpressionSyntax)
        {
            Report(report, literal.Syntax.GetLocation(), code, codes);
        }
    }

    private static void Report(System.Action<Diagnostic> report, Location location, int code, GeneratedStatusCodes codes)
    {
        if (codes.NameOf(code) is not { } name)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(CodeFixContract.NameProperty, name)
            .Add(CodeFixContract.NamespaceProperty, codes.Namespace);
        report(Diagnostic.Create(DiagnosticDescriptors.UseNamedStatusCode, location, properties, name, code));
    }

    private static bool IsIntOrNullableInt(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_Int32
           || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
               && nullable.TypeArguments[0].SpecialType == SpecialType.System_Int32);

    private static bool IsProblemDetails(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "ProblemDetails", ContainingNamespace: { Name: "Mvc", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The expressions whose value is an HTTP status code, for comparisons, switches and patterns.</summary>
    private sealed class StatusExpressions
    {
        private readonly INamedTypeSymbol? _httpResponseMessage;
        private readonly INamedTypeSymbol? _httpStatus;

        public StatusExpressions(INamedTypeSymbol? httpResponseMessage, INamedTypeSymbol? httpStatus)
        {
            _httpResponseMessage = httpResponseMessage;
            _httpStatus = httpStatus;
        }

        /// <summary>
        /// <c>(int)x.StatusCode</c> for an <c>HttpResponseMessage</c> x, any <c>int</c>/<c>int?</c> member named
        /// <c>StatusCode</c>, or <c>HttpStatus.Code</c>.
        /// </summary>
        public bool IsStatus(IOperation operation)
        {
            var explicitCast = false;
            while (operation is IConversionOperation conversion)
            {
                explicitCast |= !conversion.IsImplicit;
                operation = conversion.Operand;
            }

            var member = operation switch
            {
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (member is null)
            {
                return false;
            }

            var memberType = member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;
            if (member.Name == StatusCodeName)
            {
                return IsIntOrNullableInt(memberType)
                       || (explicitCast && _httpResponseMessage is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType, _httpResponseMessage));
            }

            return member.Name == "Code" && _httpStatus is not null && SymbolEqualityComparer.Default.Equals(member.ContainingType, _httpStatus);
        }
    }
}
