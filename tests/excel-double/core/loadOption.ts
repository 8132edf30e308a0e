/**
 * `load()` arguments as office-js accepts them: "a, b/c", ["a", "b/c"], or
 * { select: "a, b/c", expand: "d" }. The result is a list of property paths; empty means
 * "every scalar property" (what a bare `load()` does).
 */
export type LoadOption = string | string[] | { select?: string; expand?: string } | undefined;

export function parsePaths(option: LoadOption): string[][] {
  const text =
    option === undefined
      ? []
      : typeof option === "string"
        ? option.split(",")
        : Array.isArray(option)
          ? option.flatMap((entry) => entry.split(","))
          : [...(option.select?.split(",") ?? []), ...(option.expand?.split(",") ?? [])];
  return text
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => entry.split("/").map((part) => part.trim()));
}
