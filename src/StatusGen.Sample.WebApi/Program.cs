using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using StatusGen.Sample.WebApi;

// A minimal API whose endpoints return endpoint unions ([StatusUnion] in Orders.cs): the generated IResult
// implementation writes the status, the headers and a JSON or problem+json body, and tells OpenAPI exactly the codes of
// each union, with no .Produces(...) calls.
//   dotnet run --project src/StatusGen.Sample.WebApi --urls http://127.0.0.1:5080
//   curl -i http://127.0.0.1:5080/orders/1
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<OrderStore>();
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapOpenApi();

app.MapGet("/orders/{id:int}", (int id, OrderStore store) => OrderEndpoints.Get(id, store));
app.MapPost("/orders", OrderEndpoints.PlaceAsync);

app.Run();
