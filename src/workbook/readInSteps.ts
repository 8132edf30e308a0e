import type { ColumnChooser, SheetRead, WorkbookPort } from "./port";

/**
 * `WorkbookPort.readSheet` from the port's smaller reads, for adapters whose reads cost no pass
 * over a file (memory) or that read by range anyway (office-js).
 */
export async function readSheetInSteps(
  port: Pick<WorkbookPort, "usedSize" | "readTop" | "readColumns">,
  sheet: string,
  topRows: number,
  choose: ColumnChooser,
): Promise<SheetRead> {
  const size = await port.usedSize(sheet);
  const top = await port.readTop(sheet, topRows);
  const choice = choose(top);
  const columns = choice === null ? null : await port.readColumns(sheet, choice.columns, choice.firstRow);
  return { size, top, columns };
}
