import { DEFAULT_CONFIG } from "../../../src/engine/config/defaults";
import { renderFunnelSheet, type FunnelSheetInput } from "../../../src/refresh/render/funnelSheet";
import { makeFunnelInput } from "./factories";
describe("segment notes", () => {
  const texts = (input: FunnelSheetInput) =>
    renderFunnelSheet(input, "zh")
      .rows.flat()
      .map((cell) => (cell !== null && typeof cell === "object" ? cell.value : cell))
      .filter((v): v is string => typeof v === "string");

  it("names the segments the first-match order leaves no room for, and none when rules allow all", () => {
    expect(texts(makeFunnelInput()).some((t) => t.includes("新客户、有希望、不能失去"))).toBe(true);
    const rules = [...DEFAULT_CONFIG.segments.rules].sort((a, b) =>
      ["new", "promising", "cant_lose"].includes(a.key) === ["new", "promising", "cant_lose"].includes(b.key)
        ? 0
        : ["new", "promising", "cant_lose"].includes(a.key)
          ? -1
          : 1,
    );
    const input = makeFunnelInput();
    const reordered = makeFunnelInput({
      config: { ...input.config, segments: { ...input.config.segments, rules } },
    });
    expect(texts(reordered).some((t) => t.startsWith("注:分群"))).toBe(false);
  });

  it("shows a cut-point nobody reaches as a dash, never Infinity", () => {
    const input = makeFunnelInput({
      cutPoints: { ...makeFunnelInput().cutPoints, f: [1, 2, Infinity, Infinity] },
    });
    const all = texts(input);
    expect(all.some((t) => t.includes("Infinity"))).toBe(false);
    expect(all).toContain("≥ —");
  });
});
