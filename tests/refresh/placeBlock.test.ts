import { RefreshError } from "../../src/refresh/errors";
import { placeBlock } from "../../src/refresh/placeBlock";
import { OWNED_COLUMNS } from "../../src/refresh/render/ownedColumns";

const USER = ["客户编号", "客户名称", "负责人"];
const ZH = OWNED_COLUMNS.map((c) => c.zh);
const EN = OWNED_COLUMNS.map((c) => c.en);

describe("placeBlock", () => {
  it("puts a new block right of the used range", () => {
    expect(placeBlock(USER, 5)).toEqual({ firstColumn: 5, existing: false });
  });

  it("finds an earlier block in Chinese, English or both, ignoring width, case and spaces", () => {
    expect(placeBlock([...USER, ...ZH], 23)).toEqual({ firstColumn: 3, existing: true });
    expect(placeBlock([...USER, ...EN, "my notes"], 24)).toEqual({ firstColumn: 3, existing: true });
    const mixed = ZH.map((zh, i) => (i % 2 === 0 ? zh : ` ${EN[i].toUpperCase()} `));
    expect(placeBlock([...USER, ...mixed], 23)).toEqual({ firstColumn: 3, existing: true });
  });

  it("stops, naming the column, when a user column carries an owned header", () => {
    const error = (() => {
      try {
        placeBlock([...USER, "优先级"], 4);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RefreshError);
    expect((error as RefreshError).code).toBe("owned-conflict");
    expect((error as RefreshError).reason.zh).toContain("D「优先级」");
  });

  it("stops when the old block is incomplete, out of order, or joined by a second owned header", () => {
    expect(() => placeBlock([...USER, ...ZH.slice(0, 19)], 22)).toThrow(RefreshError);
    expect(() => placeBlock([...USER, ...[...ZH].reverse()], 23)).toThrow(RefreshError);
    expect(() => placeBlock(["优先级", ...USER, ...ZH], 24)).toThrow(RefreshError);
    expect(() => placeBlock([...USER, ...ZH.slice(0, 10), "备注", ...ZH.slice(10)], 24)).toThrow(
      RefreshError,
    );
  });
});
