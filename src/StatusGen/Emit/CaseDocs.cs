using System.Collections.Generic;
using StatusGen.Emit.Docs;

namespace StatusGen.Emit;

/// <summary>
/// The doc texts of a case's constructor parameters, properties and exceptions, for both the <c>StatusResult&lt;T&gt;</c>
/// cases and the <c>[StatusUnion]</c> cases, so the two document the same shape the same way. The texts of the header
/// fields are formatted once per field: the same instance each time, which is what lets a later case's property refer
/// to the first one's docs (the emitter keys on the text).
/// </summary>
internal static class CaseDocs
{
    private static readonly Dictionary<string, (DocText Parameter, DocText Property, DocText IsNull, DocText IsInvalid)> HeaderTexts = CreateHeaderTexts();

    public static DocText Parameter(CaseShape shape, CaseParameter parameter) => parameter.Member switch
    {
        CaseMember.Value => DocTexts.ResponseContent,
        CaseMember.Location when shape.Location == LocationRule.Optional => DocTexts.CaseOptionalLocationParameter,
        CaseMember.Location => DocTexts.CaseLocationParameter,
        CaseMember.Header => HeaderTexts[parameter.Header!.Flag].Parameter,
        CaseMember.RetryAfter => DocTexts.CaseRetryAfterParameter,
        _ => DocTexts.CaseProblemParameter,
    };

    public static DocText Property(CaseShape shape, CaseParameter parameter) => parameter.Member switch
    {
        CaseMember.Value => DocTexts.ResponseContent,
        CaseMember.Location when shape.Location == LocationRule.Optional => DocTexts.CaseOptionalLocation,
        CaseMember.Location => DocTexts.CaseLocation,
        CaseMember.Header => HeaderTexts[parameter.Header!.Flag].Property,
        CaseMember.RetryAfter => DocTexts.CaseRetryAfter,
        _ => DocTexts.CaseProblem,
    };

    /// <summary>The exceptions the constructor documents, in the order it checks its parameters.</summary>
    public static IEnumerable<(string Exception, DocText Text)> Exceptions(CaseShape shape)
    {
        const string ArgumentNullException = "global::System.ArgumentNullException";
        const string ArgumentException = "global::System.ArgumentException";
        if (shape.Location == LocationRule.Required)
        {
            yield return (ArgumentNullException, DocTexts.CaseLocationIsNull);
        }

        if (shape.HasLocation)
        {
            yield return (ArgumentException, DocTexts.CaseLocationIsBlank);
        }

        foreach (var field in shape.Headers)
        {
            var texts = HeaderTexts[field.Flag];
            if (field.IsRequired)
            {
                yield return (ArgumentNullException, texts.IsNull);
            }

            yield return (ArgumentException, texts.IsInvalid);
        }

        if (shape.HasRetryAfter)
        {
            yield return ("global::System.ArgumentOutOfRangeException", DocTexts.CaseRetryAfterIsNegative);
        }
    }

    private static Dictionary<string, (DocText, DocText, DocText, DocText)> CreateHeaderTexts()
    {
        var texts = new Dictionary<string, (DocText, DocText, DocText, DocText)>();
        foreach (var field in CaseShape.HeaderFields)
        {
            var parameter = !field.IsRequired ? DocTexts.CaseOptionalHeaderParameter
                : field.AllowsEmpty ? DocTexts.CaseHeaderMayBeEmptyParameter
                : DocTexts.CaseHeaderParameter;
            var arguments = new[] { field.FieldName, field.Section, field.ParameterName };
            texts.Add(field.Flag, (
                parameter.Format(arguments),
                (!field.IsRequired ? DocTexts.CaseOptionalHeader : field.AllowsEmpty ? DocTexts.CaseHeaderMayBeEmpty : DocTexts.CaseHeader).Format(arguments),
                DocTexts.CaseHeaderIsNull.Format(arguments),
                (field.AllowsEmpty ? DocTexts.CaseHeaderHasLineBreak : DocTexts.CaseHeaderIsInvalid).Format(arguments)));
        }

        return texts;
    }
}
