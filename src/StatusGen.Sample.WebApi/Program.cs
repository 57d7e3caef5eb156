using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StatusGen.Sample.WebApi;

// A minimal API whose endpoints return StatusResult<Order>: the generated IResult implementation writes the status,
// the headers and a JSON or problem+json body, and tells OpenAPI about 200, 400 and 500.
//   dotnet run --project src/StatusGen.Sample.WebApi --urls http://127.0.0.1:5080
//   curl -i http://127.0.0.1:5080/orders/1
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<OrderStore>();
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapOpenApi();

app.MapGet("/orders/{id:int}", (int id, OrderStore store) => OrderEndpoints.Get(id, store))
    .Produces<StatusProblem>(StatusCodes.Status404NotFound, "application/problem+json");

app.MapPost("/orders", OrderEndpoints.PlaceAsync)
    .Produces<Order>(StatusCodes.Status201Created)
    .Produces<StatusProblem>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")
    .Produces<StatusProblem>(StatusCodes.Status429TooManyRequests, "application/problem+json");

app.Run();
