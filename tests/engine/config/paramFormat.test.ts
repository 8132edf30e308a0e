import fc from "fast-check";
import { formatParamCell, formatParamValue, roundFloat } from "../../../src/engine/config/paramFormat";
import { readParamCell } from "../../../src/engine/config/paramParse";
import type { ParamKind } from "../../../src/engine/config/parameterTypes";

const WEIGHT: ParamKind = { type: "percent", stored: "points" };
const PROBABILITY: ParamKind = { type: "percent", stored: "fraction" };

describe("formatParamCell", () => {
  it("writes a blank optional value as an empty cell", () => {
    expect(formatParamCell({ type: "integer", min: 0 }, null, "zh")).toBeNull();
  });

  it.each([
    [0, 0],
    [0.5, "0.5%"],
    [1, "1%"],
    [1.5, 1.5],
    [30, 30],
    [100, 100],
  ])("writes the weight %p percent points as %p, so a bare 1 is never read as 100 %%", (points, cell) => {
    expect(formatParamCell(WEIGHT, points, "zh")).toBe(cell);
  });

  it("writes probabilities as percent points without binary noise", () => {
    expect(formatParamCell(PROBABILITY, 0.07, "zh")).toBe(7);
    expect(formatParamCell(PROBABILITY, 0.01, "zh")).toBe("1%");
    expect(formatParamCell(PROBABILITY, 0.0101, "zh")).toBe(1.01);
  });

  it("joins lists, cut-points and maps with 、 and writes ranges with ~", () => {
    expect(formatParamCell({ type: "list" }, ["北京", "上海"], "en")).toBe("北京、上海");
    expect(formatParamCell({ type: "numbers", count: 4 }, [0.5, 1e21, 3, 4], "zh")).toBe(
      "0.5、1000000000000000000000、3、4",
    );
    expect(formatParamCell({ type: "pointsMap", min: 0, max: 9 }, { 低: 5, 高: 1 }, "zh")).toBe("低=5、高=1");
    expect(formatParamCell({ type: "scoreRange" }, [4, 5], "zh")).toBe("4~5");
    expect(formatParamCell({ type: "scoreRange" }, [1, 1], "zh")).toBe("1");
  });

  it("writes a choice as its label in the sheet's language", () => {
    const kind: ParamKind = { type: "choice", options: [{ value: "all", label: { zh: "全部", en: "All" } }] };
    expect(formatParamCell(kind, "all", "zh")).toBe("全部");
    expect(formatParamCell(kind, "all", "en")).toBe("All");
  });

  it("reads back every whole or tenth percent exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const points = tenths / 10;
        const fraction = tenths / 1000;
        expect(readParamCell(WEIGHT, formatParamCell(WEIGHT, points, "zh"))).toEqual({
          kind: "value",
          value: points,
        });
        expect(readParamCell(PROBABILITY, formatParamCell(PROBABILITY, fraction, "en"))).toEqual({
          kind: "value",
          value: fraction,
        });
      }),
    );
  });
});

describe("formatParamValue", () => {
  it("quotes percents with their sign", () => {
    expect(formatParamValue(PROBABILITY, 0.8, "zh")).toBe("80%");
    expect(formatParamValue(WEIGHT, 30, "en")).toBe("30%");
    expect(formatParamValue({ type: "amount" }, 1234.5, "zh")).toBe("1234.5");
  });
});

describe("roundFloat", () => {
  it("drops binary noise and nothing else", () => {
    expect(roundFloat(0.3 * 100)).toBe(30);
    expect(roundFloat(0.07 * 100)).toBe(7);
    expect(roundFloat(1 / 3)).toBeCloseTo(1 / 3, 11);
  });
});
