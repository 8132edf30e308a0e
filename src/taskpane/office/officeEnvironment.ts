/** What Office says about the user's setup: display language and theme. Office calls only. */
import type { ThemeKind } from "../host";

export function officeDisplayLanguage(): string | null {
  try {
    return Office.context.displayLanguage ?? null;
  } catch {
    return null;
  }
}

/** Relative luminance of a `#RRGGBB` colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (match === null) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Dark when Office says so; where `isDarkTheme` is missing (older builds), dark when the pane's
 * body colour is; light when there is no theme at all (Excel on the web without one).
 */
export function officeTheme(): ThemeKind {
  try {
    const theme = Office.context.officeTheme;
    if (theme === undefined || theme === null) return "light";
    if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
    const light = luminance(theme.bodyBackgroundColor ?? "");
    return light !== null && light < 0.3 ? "dark" : "light";
  } catch {
    return "light";
  }
}
