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

            // One syntax action on numeric literals, not operation actions: an operation action makes the host build
            // the operation tree of every method body in the project, which cost a quarter of a compile
            // (AnalyzerCostBenchmarks). Here a literal that is not a catalog code, or not where a status goes, is
            // dropped from its token and its parents alone, and only the few that remain are bound.
            start.RegisterSyntaxNodeAction(
                node => AnalyzeLiteral(node, codes, statusSource),
                SyntaxKind.NumericLiteralExpression);
        });
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context, GeneratedStatusCodes codes, StatusExpressions statuses)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        if (literal.Token.Value is not int code || codes.NameOf(code) is null)
        {
            return;
        }

        // Parentheses are no operation in C#: (404) is the literal where it stands.
        SyntaxNode value = literal;
        while (value.Parent is ParenthesizedExpressionSyntax)
        {
            value = value.Parent;
        }

        var isStatus = value.Parent switch
        {
            AttributeArgumentSyntax argument => IsStatusAttributeArgument(context, argument),
            ArgumentSyntax argument => IsStatusArgument(context, argument),
            AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == value
                => IsStatusAssignment(context, assignment),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression)
                => IsStatus(context, statuses, binary.Left == value ? binary.Right : binary.Left),
            CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } } => IsStatus(context, statuses, statement.Expression),
            ConstantPatternSyntax pattern => IsStatus(context, statuses, PatternSubject(pattern)),
            _ => false,
        };
        if (isStatus)
        {
            Report(context.ReportDiagnostic, literal.GetLocation(), code, codes);
        }
    }

    /// <summary><c>StatusCode(404)</c>, <c>Results.Problem(statusCode: 409)</c>, <c>new StatusCodeResult(404)</c>, <c>.ProducesProblem(404)</c>.</summary>
    private static bool IsStatusArgument(SyntaxNodeAnalysisContext context, ArgumentSyntax argument)
    {
        if (argument.NameColon is { } nameColon && nameColon.Name.Identifier.ValueText != "statusCode")
        {
            return false;
        }

        // Positional: only the callee knows the parameter's name.
        return context.SemanticModel.GetOperation(argument, context.CancellationToken) is IArgumentOperation { Parameter: { Name: "statusCode" } parameter }
               && IsIntOrNullableInt(parameter.Type);
    }

    /// <summary><c>Response.StatusCode = 404</c>, <c>new ObjectResult(x) { StatusCode = 409 }</c>, <c>new ProblemDetails { Status = 400 }</c>.</summary>
    private static bool IsStatusAssignment(SyntaxNodeAnalysisContext context, AssignmentExpressionSyntax assignment)
    {
        var name = LastName(assignment.Left);
        if (name is not (StatusCodeName or "Status"))
        {
            return false;
        }

        return context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is IPropertySymbol property
               && IsIntOrNullableInt(property.Type)
               && (name == StatusCodeName || IsProblemDetails(property.ContainingType));
    }

    /// <summary>
    /// <c>(int)response.StatusCode</c>, <c>status.Code</c>: a comparison's other side, a switch's value, a pattern's
    /// subject. Only a member named <c>StatusCode</c> or <c>Code</c> can be one, so anything else is not bound.
    /// </summary>
    private static bool IsStatus(SyntaxNodeAnalysisContext context, StatusExpressions statuses, ExpressionSyntax? expression)
    {
        var inner = expression;
        while (inner is ParenthesizedExpressionSyntax or CastExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            inner = inner switch
            {
                ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
                CastExpressionSyntax cast => cast.Expression,
                _ => ((PostfixUnaryExpressionSyntax)inner).Operand,
            };
        }

        return inner is not null
               && LastName(inner) is StatusCodeName or "Code"
               && context.SemanticModel.GetOperation(expression!, context.CancellationToken) is { } operation
               && statuses.IsStatus(operation);
    }

    /// <summary>What a constant pattern is matched against, through <c>or</c>, <c>and</c>, <c>not</c> and parentheses.</summary>
    private static ExpressionSyntax? PatternSubject(ConstantPatternSyntax pattern)
    {
        SyntaxNode node = pattern;
        while (node.Parent is BinaryPatternSyntax or UnaryPatternSyntax or ParenthesizedPatternSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            IsPatternExpressionSyntax isPattern => isPattern.Expression,
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } => switchExpression.GoverningExpression,
            CasePatternSwitchLabelSyntax { Parent: SwitchSectionSyntax { Parent: SwitchStatementSyntax statement } } => statement.Expression,
            _ => null,
        };
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>[ProducesResponseType(404)]</c>, <c>[ProducesResponseType(typeof(Order), 200)]</c>, <c>[ProducesResponseType(statusCode: 409)]</c>.</summary>
    private static bool IsStatusAttributeArgument(SyntaxNodeAnalysisContext context, AttributeArgumentSyntax argument)
    {
        if (argument.NameEquals is not null
            || argument.Parent is not AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } arguments
            || (argument.NameColon is { } named && named.Name.Identifier.ValueText != "statusCode")
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return false;
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

        return parameter is { Name: "statusCode" } && IsIntOrNullableInt(parameter.Type);
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
