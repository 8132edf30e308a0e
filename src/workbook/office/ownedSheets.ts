import { columnLetters } from "../cellRef";
import type { OwnedSheet } from "../port";
import type { HostCapabilities } from "./capabilities";

/**
 * Gets the add-in's own sheets ready to be written: a missing one is added at the end, an
 * existing one is emptied in place — contents, formats, links, rules, charts and frozen panes.
 * Emptying rather than deleting keeps the tab where the user put it, keeps formulas elsewhere that
 * point into it from turning into #REF!, and can be undone, which `Worksheet.delete` cannot.
 */
export async function prepareOwnedSheets(
  context: Excel.RequestContext,
  names: readonly string[],
  capabilities: HostCapabilities,
): Promise<void> {
  if (names.length === 0) return;
  const lookups = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    return { name, sheet };
  });
  await context.sync();

  const charts: Excel.ChartCollection[] = [];
  for (const { name, sheet } of lookups) {
    if (sheet.isNullObject) {
      context.workbook.worksheets.add(name);
      continue;
    }
    const everything = sheet.getRange();
    everything.clear("All");
    if (capabilities.conditionalFormats) everything.conditionalFormats.clearAll();
    if (capabilities.freezePanes) sheet.freezePanes.unfreeze();
    sheet.charts.load("items/name");
    charts.push(sheet.charts);
  }
  await context.sync();

  const old = charts.flatMap((collection) => collection.items);
  if (old.length === 0) return;
  old.forEach((chart) => chart.delete());
  await context.sync();
}

/** Characters → points for `format.columnWidth` (Calibri 11: 7 px a character plus 5 px padding). */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Column widths and frozen header rows of every owned sheet, in one request. */
export async function finishOwnedSheets(
  context: Excel.RequestContext,
  sheets: readonly OwnedSheet[],
  capabilities: HostCapabilities,
): Promise<void> {
  let queued = false;
  for (const owned of sheets) {
    const sheet = context.workbook.worksheets.getItem(owned.name);
    owned.columnWidths?.forEach((width, column) => {
      const letters = columnLetters(column);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnPoints(width);
      queued = true;
    });
    if (capabilities.freezePanes && owned.frozenRows) {
      sheet.freezePanes.freezeRows(owned.frozenRows);
      queued = true;
    }
  }
  if (queued) await context.sync();
}
