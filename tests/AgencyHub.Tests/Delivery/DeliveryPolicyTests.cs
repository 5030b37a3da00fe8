using AgencyHub.Contracts.Agencies;
using AgencyHub.Messaging.Delivery;

namespace AgencyHub.Tests.Delivery;

public class DeliveryPolicyTests
{
    static readonly DeliveryPolicy Policy = new([
        new PolicyRule
        {
            Id = "ppo-list", Sender = "Police", MessageTypes = ["ppo-selected"], Recipients = ["CPS", "prison"],
            Purposes = ["ppo-management"], Basis = "s115",
        },
    ]);

    [Fact]
    public void A_covered_delivery_is_allowed_by_the_rule_that_covers_it()
    {
        var decision = Policy.Evaluate(Agency.Police, Agency.Cps, "ppo-selected", "ppo-management");
        Assert.Equal((true, "ppo-list"), (decision.Allowed, decision.Rule));
    }

    [Fact]
    public void A_recipient_outside_the_rule_is_blocked_naming_the_nearest_rule()
    {
        var decision = Policy.Evaluate(Agency.Police, Agency.Courts, "ppo-selected", "ppo-management");
        Assert.Equal((false, "ppo-list"), (decision.Allowed, decision.Rule));
        Assert.Contains("does not cover recipient courts", decision.Reason);
    }

    [Fact]
    public void A_purpose_outside_the_rule_is_blocked()
    {
        var decision = Policy.Evaluate(Agency.Police, Agency.Cps, "ppo-selected", "marketing");
        Assert.False(decision.Allowed);
        Assert.Contains("not the purpose 'marketing'", decision.Reason);
    }

    [Fact]
    public void A_sender_with_no_rule_for_the_type_is_blocked_by_no_rule()
    {
        var decision = Policy.Evaluate(Agency.Prison, Agency.Cps, "ppo-selected", "ppo-management");
        Assert.Equal((false, "none"), (decision.Allowed, decision.Rule));
    }

    [Theory]
    [InlineData("police", "no-such-message", "cps", "ppo-management", "unknown message type 'no-such-message'")]
    [InlineData("constabulary", "ppo-selected", "cps", "ppo-management", "unknown sender 'constabulary'")]
    [InlineData("police", "ppo-selected", "hub", "ppo-management", "unknown recipient 'hub'")]
    [InlineData("police", "ppo-selected", "cps", null, "at least one purpose is required")]
    public void A_policy_naming_unknown_things_is_refused_at_start_up(string sender, string type, string recipient, string? purpose, string problem)
    {
        var rule = new PolicyRule
        {
            Id = "broken", Sender = sender, MessageTypes = [type], Recipients = [recipient],
            Purposes = purpose is null ? [] : [purpose],
        };
        var error = Assert.Throws<InvalidOperationException>(() => new DeliveryPolicy([rule]));
        Assert.Contains($"rule 'broken': {problem}", error.Message);
    }

    [Fact]
    public void A_missing_policy_file_is_reported_with_its_setting()
    {
        var error = Assert.Throws<FileNotFoundException>(() => DeliveryPolicy.Load("/nonexistent/policy.json"));
        Assert.Contains("DeliveryPolicy:Path", error.Message);
    }
}
