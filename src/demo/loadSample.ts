import { MemoryWorkbook } from "../workbook/memory/memoryWorkbook";
import { DemoWorkbook } from "./demoWorkbook";

/** Where the build puts the bundled sample workbook (samples/sales-radar-sample.xlsx). */
export const SAMPLE_URL = "sample.xlsx";

/**
 * The sample workbook, read in the browser by the same .xlsx adapter the command line uses,
 * into the in-memory adapter: the demo refreshes exactly the file `sales-radar refresh` reads.
 */
export async function loadSampleWorkbook(url: string = SAMPLE_URL): Promise<DemoWorkbook> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const { openXlsx } = await import(/* webpackChunkName: "xlsx-reader" */ "../workbook/xlsx/workbook");
  const file = openXlsx(bytes);
  const names = await file.listSheets();
  const date1904 = await file.uses1904Dates();
  const memory = new MemoryWorkbook({}, date1904);
  // Added one by one: an object of sheets would put a sheet named like a number first.
  for (const name of names) {
    const size = await file.usedSize(name);
    memory.addSheet(name, await file.readTop(name, size.rows));
  }
  return new DemoWorkbook(memory, names, date1904);
}
