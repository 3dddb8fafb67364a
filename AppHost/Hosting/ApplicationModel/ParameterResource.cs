namespace Defis.Hosting;

/// <summary>
/// A value given to resources. It comes from configuration (Parameters:{name}, e.g. the environment
/// variable Parameters__signing-key); a secret left unconfigured is generated once per data folder
/// (32 random bytes, base64, mode 600) and never printed.
/// </summary>
public sealed class ParameterResource(string name, bool secret) : Resource(name)
{
    public bool Secret => secret;

    internal string? Value { get; set; }

    public string GetValue() => Value ?? throw new InvalidOperationException($"Parameter {Name} has no value yet.");
}
