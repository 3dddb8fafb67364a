using Defis.SharedKernel.Errors;

namespace Defis.Notification.Grpc;

/// <summary>The page_size rule of every list: 0 means the default, otherwise between 1 and 100.</summary>
internal static class PageSize
{
    public const int Default = 20;
    public const int Max = 100;

    public static int Check(FieldViolations errors, int requested)
    {
        if (requested is < 0 or > Max)
        {
            errors.Add("page_size", $"Entre 1 et {Max} (0 ou absent : {Default}).");
        }
        return requested == 0 ? Default : Math.Clamp(requested, 1, Max);
    }
}
