using System.Collections.Generic;
using Xunit;

namespace StatusGen.Tests;

/// <summary>The generated RFC 9457 <c>StatusProblem</c>, on this project's own generated types.</summary>
public sealed class StatusProblemTests
{
    [Fact]
    public void For_a_status_is_about_blank_titled_with_the_reason_phrase()
    {
        var problem = StatusProblem.For(HttpStatus.NotFound, "No order 7.");

        Assert.Equal("about:blank", problem.Type);
        Assert.Equal("Not Found", problem.Title);
        Assert.Equal("No order 7.", problem.Detail);
        Assert.Null(problem.Instance);
        Assert.Empty(problem.Extensions);
    }

    [Fact]
    public void For_a_status_can_take_the_title_in_another_language()
    {
        // TestCatalog overrides the Korean title of 404.
        Assert.Equal("페이지 없음", StatusProblem.For(HttpStatus.NotFound, language: "ko").Title);
        Assert.Equal("클라이언트가 요청을 닫음", StatusProblem.For(HttpStatus.ClientClosedRequest, language: "ko-KR").Title);
    }

    [Fact]
    public void For_a_code_the_catalog_does_not_define_has_no_title()
    {
        Assert.Null(StatusProblem.For(HttpStatus.FromCode(589)).Title);
    }

    [Fact]
    public void The_type_defaults_to_about_blank()
    {
        Assert.Equal(StatusProblem.DefaultType, new StatusProblem().Type);
        Assert.Equal(StatusProblem.DefaultType, new StatusProblem(type: string.Empty).Type);
        Assert.Equal("https://example.com/problems/x", new StatusProblem(type: "https://example.com/problems/x").Type);
    }

    [Fact]
    public void Extensions_can_be_filled_in_an_object_initializer()
    {
        var problem = new StatusProblem("Out of stock", instance: "/orders/7")
        {
            Extensions = { ["itemId"] = 42, ["traceId"] = "abc" },
        };

        Assert.Equal(42, problem.Extensions["itemId"]);
        Assert.Equal("/orders/7", problem.Instance);
        Assert.Equal(2, problem.Extensions.Count);
    }

    [Fact]
    public void Equality_compares_every_member_and_the_extensions()
    {
        var left = new StatusProblem("Out of stock", "Item 42.", "https://example.com/p", "/orders/7") { Extensions = { ["itemId"] = 42 } };
        var right = new StatusProblem("Out of stock", "Item 42.", "https://example.com/p", "/orders/7") { Extensions = { ["itemId"] = 42 } };

        Assert.Equal(left, right);
        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());

        right.Extensions["itemId"] = 43;
        Assert.NotEqual(left, right);
        Assert.True(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());

        Assert.Equal(new StatusProblem("A"), new StatusProblem("A") { Extensions = { } });
        Assert.NotEqual(new StatusProblem("A"), new StatusProblem("A", "detail"));
        Assert.NotEqual(new StatusProblem("A"), new StatusProblem("A", type: "https://example.com/a"));
        Assert.False(new StatusProblem("A").Equals(null));
    }

    [Fact]
    public void ToString_shows_title_and_detail()
    {
        Assert.Equal("Not Found: No order 7.", StatusProblem.For(HttpStatus.NotFound, "No order 7.").ToString());
        Assert.Equal("Not Found", StatusProblem.For(HttpStatus.NotFound).ToString());
        Assert.Equal("Only a detail", new StatusProblem(detail: "Only a detail").ToString());
        Assert.Equal("about:blank", new StatusProblem().ToString());
    }

    [Fact]
    public void Extension_keys_are_case_sensitive()
    {
        var problem = new StatusProblem { Extensions = { ["id"] = 1 } };

        Assert.False(problem.Extensions.ContainsKey("ID"));
        Assert.IsAssignableFrom<IDictionary<string, object?>>(problem.Extensions);
    }
}
