using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace StatusGen.WebTests;

/// <summary>
/// What the README compares [StatusUnion] with: the same endpoint written with ASP.NET Core's
/// <c>Results&lt;Ok&lt;Order&gt;, NotFound, Conflict&gt;</c>, and an MVC action returning the union.
/// </summary>
internal static class StatusUnionComparison
{
    public static void Map(WebApplication app)
        => app.MapGet("/results/orders/{id:int}", Results<Ok<Order>, NotFound, Conflict> (int id) => id switch
        {
            7 => TypedResults.Ok(StatusUnionEndpoints.Widget),
            2 => TypedResults.Conflict(),
            _ => TypedResults.NotFound(),
        });
}

/// <summary>An MVC action returning the union: it executes as an IResult.</summary>
[ApiController]
[Route("mvc/orders")]
internal sealed class UnionOrdersController : ControllerBase
{
    [HttpGet("{id:int}")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "MVC actions are instance methods.")]
    public GetOrderResult Get(int id) => StatusUnionEndpoints.GetOrder(id);

    [HttpDelete("{id:int}")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "MVC actions are instance methods.")]
    public System.Threading.Tasks.Task<DeleteOrderResult> DeleteAsync(int id) => StatusUnionEndpoints.DeleteOrderAsync(id);

    /// <summary>The same union behind IActionResult: the declared type is all the API explorer sees.</summary>
    [HttpGet("untyped/{id:int}")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "MVC actions are instance methods.")]
    public IActionResult GetUntyped(int id) => new HttpActionResult(StatusUnionEndpoints.GetOrder(id));
}

/// <summary>An IResult as an MVC action result (what MVC does itself for an action declared to return an IResult).</summary>
internal sealed class HttpActionResult : IActionResult
{
    private readonly IResult _result;

    public HttpActionResult(IResult result) => _result = result;

    public System.Threading.Tasks.Task ExecuteResultAsync(ActionContext context) => _result.ExecuteAsync(context.HttpContext);
}

/// <summary>MVC finds public controllers only; the test app's types are internal like the generated ones.</summary>
internal sealed class InternalControllers : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo) => typeInfo.AsType() == typeof(UnionOrdersController) || base.IsController(typeInfo);
}
