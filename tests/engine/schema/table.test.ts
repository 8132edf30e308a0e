import type { FieldDef } from "../../../src/engine/schema/fields";
import { locateHeader } from "../../../src/engine/schema/headers";
import { columnIndexes, tableFromGrid, tableFromLocation } from "../../../src/engine/schema/table";

const FIELDS: readonly FieldDef[] = [
  { key: "id", zh: "编号", en: "ID", type: "id", required: "error" },
  { key: "name", zh: "名称", en: "Name", type: "text", required: "error" },
  { key: "region", zh: "区域", en: "Region", type: "text", required: "warning" },
  { key: "note", zh: "备注", en: "Note", type: "text" },
];

describe("tableFromGrid", () => {
  it("takes the data under the header and numbers the header row as Excel does", () => {
    const grid = [["客户清单"], ["名称", "其他", "编号"], ["甲公司", "x", "A-1"], ["乙公司", "y", "A-2"]];
    const table = tableFromGrid("台账", grid, FIELDS);
    expect(table).not.toBeNull();
    expect(table!.sheet).toBe("台账");
    expect(table!.headerRow).toBe(2);
    expect(table!.rowCount).toBe(2);
    expect(table!.columns.get("id")).toEqual({ index: 2, header: "编号", cells: ["A-1", "A-2"] });
    expect(table!.columns.get("name")?.cells).toEqual(["甲公司", "乙公司"]);
    expect(table!.columns.has("note")).toBe(false);
  });

  it("lists absent columns that have a required severity, not optional ones", () => {
    const table = tableFromGrid("s", [["编号", "名称"]], FIELDS);
    expect(table!.missing.map((field) => field.key)).toEqual(["region"]);
    expect(table!.rowCount).toBe(0);
  });

  it("reads short rows as blank cells", () => {
    const table = tableFromGrid("s", [["编号", "名称", "区域"], ["A-1"]], FIELDS);
    expect(table!.columns.get("region")?.cells).toEqual([undefined]);
  });

  it("keeps the duplicates and every header as shown", () => {
    const table = tableFromGrid("s", [["编号", "名称", "ID"]], FIELDS);
    expect(table!.duplicates).toEqual([{ field: "id", header: "编号", indexes: [0, 2] }]);
    expect(table!.headers).toEqual(["编号", "名称", "ID"]);
  });

  it("is null when no header row is found", () => {
    expect(tableFromGrid("s", [["a", "b"]], FIELDS)).toBeNull();
  });
});

describe("tableFromLocation", () => {
  it("pairs the columns read with the indexes asked for, in order", () => {
    const location = locateHeader([["标题"], ["x", "名称", "编号"]], FIELDS)!;
    expect(columnIndexes(location)).toEqual([1, 2]);
    const table = tableFromLocation("s", location, FIELDS, [["甲", "乙", "丙"], ["A-1"]]);
    expect(table.headerRow).toBe(2);
    expect(table.rowCount).toBe(3);
    expect(table.columns.get("name")?.cells).toEqual(["甲", "乙", "丙"]);
    expect(table.columns.get("id")?.cells).toEqual(["A-1"]);
  });

  it("treats a column not handed over as empty", () => {
    const location = locateHeader([["名称", "编号"]], FIELDS)!;
    const table = tableFromLocation("s", location, FIELDS, [["甲"]]);
    expect(table.columns.get("id")?.cells).toEqual([]);
    expect(table.rowCount).toBe(1);
  });

  it("takes the row count the sheet reports when given", () => {
    const location = locateHeader([["名称", "编号"]], FIELDS)!;
    expect(tableFromLocation("s", location, FIELDS, [["甲"], []], 4).rowCount).toBe(4);
  });
});
