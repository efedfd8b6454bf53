using MudBlazor;

namespace OpsBoard.Web.Components.Layout;

/// <summary>Light and dark palettes with contrast that passes WCAG AA for text on both.</summary>
public static class OpsBoardTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#005EB8",
            Secondary = "#425563",
            AppbarBackground = "#003087",
            Error = "#B71C1C",
            Warning = "#8A5300",
            Success = "#1B5E20",
            Info = "#01579B",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#5CA8F2",
            // Dark text on the dark theme's light colours: white on them fails WCAG AA on filled buttons and snackbars.
            PrimaryContrastText = "#0B1628",
            Secondary = "#AEB7BD",
            AppbarBackground = "#0B1628",
            Background = "#10151C",
            Surface = "#18202A",
            DrawerBackground = "#141B24",
            Error = "#FF8A80",
            Warning = "#FFCA6B",
            Success = "#81C784",
            Info = "#81D4FA",
            ErrorContrastText = "#0B1628",
            WarningContrastText = "#0B1628",
            SuccessContrastText = "#0B1628",
            InfoContrastText = "#0B1628",
        },
    };
}
