using System.Collections.Generic;
using System.Text.Json;
using Xunit;

namespace StatusGen.WebTests;

/// <summary>
/// <c>HttpStatus</c> and <c>StatusProblem</c> with plain <c>JsonSerializer</c> calls, through the converters their
/// <c>[JsonConverter]</c> attributes name.
/// </summary>
public sealed class JsonConverterTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Entry(HttpStatus Status, HttpStatus? Previous);

    [Fact]
    public void A_status_is_written_as_its_number()
    {
        Assert.Equal("404", JsonSerializer.Serialize(HttpStatus.NotFound));
        Assert.Equal("589", JsonSerializer.Serialize(HttpStatus.FromCode(589)));
        Assert.Equal("""{"status":201,"previous":null}""", JsonSerializer.Serialize(new Entry(HttpStatus.Created, null), Web));
    }

    [Theory]
    [InlineData("404", 404)]
    [InlineData("\"404\"", 404)]
    [InlineData("\" 404 \"", 404)]
    [InlineData("\"NotFound\"", 404)]
    [InlineData("\"notfound\"", 404)]
    [InlineData("\"Not Found\"", 404)]
    [InlineData("\"too many requests\"", 429)]
    [InlineData("\"ClientClosedRequest\"", 499)]
    [InlineData("589", 589)]
    [InlineData("\"589\"", 589)]
    public void A_status_is_read_from_a_number_digits_a_name_or_an_English_title(string json, int code)
    {
        Assert.Equal(code, JsonSerializer.Deserialize<HttpStatus>(json).Code);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("600")]
    [InlineData("404.5")]
    [InlineData("-404")]
    [InlineData("1e3")]
    [InlineData("\"\"")]
    [InlineData("\"Nope\"")]
    [InlineData("\"찾을 수 없음\"")]
    [InlineData("\"4O4\"")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[404]")]
    public void Anything_else_is_a_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<HttpStatus>(json));
    }

    [Fact]
    public void A_nullable_status_reads_null_and_a_record_reads_back()
    {
        Assert.Null(JsonSerializer.Deserialize<HttpStatus?>("null"));
        Assert.Equal(new Entry(HttpStatus.TooManyRequests, HttpStatus.Ok), JsonSerializer.Deserialize<Entry>("""{"status":"Too Many Requests","previous":200}""", Web));
    }

    [Fact]
    public void Statuses_are_dictionary_keys_written_as_digits()
    {
        var counts = new Dictionary<HttpStatus, int> { [HttpStatus.Ok] = 10, [HttpStatus.NotFound] = 2 };

        var json = JsonSerializer.Serialize(counts);

        Assert.Equal("""{"200":10,"404":2}""", json);
        Assert.Equal(counts, JsonSerializer.Deserialize<Dictionary<HttpStatus, int>>("""{"200":10,"Not Found":2}"""));
    }

    [Fact]
    public void A_problem_is_written_with_RFC_9457_member_names_whatever_the_naming_policy()
    {
        var problem = new StatusProblem("Out of stock", "Item 42 is out of stock.", "https://example.com/problems/out-of-stock", "/orders/7")
        {
            Extensions = { ["itemId"] = 42, ["Warehouse"] = "north" },
        };
        var snakeCase = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

        var json = JsonSerializer.Serialize(problem, snakeCase);

        Assert.Equal(
            """{"type":"https://example.com/problems/out-of-stock","title":"Out of stock","detail":"Item 42 is out of stock.","instance":"/orders/7","itemId":42,"Warehouse":"north"}""",
            json);
        Assert.Equal(problem, JsonSerializer.Deserialize<StatusProblem>(json, snakeCase));
    }

    [Fact]
    public void A_default_problem_writes_only_its_type_and_title()
    {
        Assert.Equal("""{"type":"about:blank","title":"Not Found"}""", JsonSerializer.Serialize(StatusProblem.For(HttpStatus.NotFound)));
        Assert.Equal("""{"type":"about:blank"}""", JsonSerializer.Serialize(new StatusProblem()));
    }

    [Fact]
    public void Reading_a_problem_skips_status_and_keeps_extensions_as_plain_values()
    {
        var problem = JsonSerializer.Deserialize<StatusProblem>(
            """{"status":404,"title":"Not Found","count":3,"huge":9007199254740993,"ratio":1.5,"ok":true,"none":null,"name":"x","list":[1],"type":null}""");

        Assert.NotNull(problem);
        Assert.Equal(StatusProblem.DefaultType, problem.Type);
        Assert.Equal("Not Found", problem.Title);
        Assert.False(problem.Extensions.ContainsKey("status"));
        Assert.Equal(3, problem.Extensions["count"]);
        Assert.Equal(9007199254740993L, problem.Extensions["huge"]);
        Assert.Equal(1.5, problem.Extensions["ratio"]);
        Assert.Equal(true, problem.Extensions["ok"]);
        Assert.Null(problem.Extensions["none"]);
        Assert.Equal("x", problem.Extensions["name"]);
        Assert.Equal(JsonValueKind.Array, Assert.IsType<JsonElement>(problem.Extensions["list"]).ValueKind);
    }

    [Theory]
    [InlineData("""{"title":42}""")]
    [InlineData("""{"type":{}}""")]
    [InlineData("[]")]
    [InlineData("\"about:blank\"")]
    public void A_malformed_problem_is_a_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<StatusProblem>(json));
    }

    [Fact]
    public void A_null_problem_reads_as_null()
    {
        Assert.Null(JsonSerializer.Deserialize<StatusProblem>("null"));
    }
}
