import { calcChainMentions } from "../../../src/workbook/xlsx/calc-chain";
import { openPackage } from "../../../src/workbook/xlsx/package";
import { buildPackage } from "./build-package";

function chain(entries: string) {
  const pkg = openPackage(
    buildPackage({
      sheets: [{ name: "A", xml: "" }],
      extra: {
        "xl/calcChain.xml": `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`,
      },
    }),
  );
  return [pkg.archive, pkg.entry("xl/calcChain.xml")!] as const;
}

describe("calculation chain", () => {
  it("finds formulas of a sheet, with the sheet id carried over from the entry before", () => {
    const [archive, entry] = chain('<c r="A1" i="1"/><c r="B2"/><c r="C3" i="3"/><c r="D4"/>');
    expect(calcChainMentions(archive, entry, new Set([3]))).toBe(true);
    expect(calcChainMentions(archive, entry, new Set([1]))).toBe(true);
    expect(calcChainMentions(archive, entry, new Set([2]))).toBe(false);
  });
});
