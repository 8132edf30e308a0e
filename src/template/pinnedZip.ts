import { unzipSync, zipSync } from "fflate";

/**
 * Rewrites an .xlsx package with every entry stamped with the same time, so the same workbook
 * gives the same bytes (exceljs stamps zip entries with the current time). The date is built
 * from local calendar fields because zip times are local: this keeps the bytes the same in
 * every time zone.
 */
export function pinZipTimes(
  xlsx: Uint8Array,
  date: { year: number; month: number; day: number },
): Uint8Array {
  const entries = unzipSync(xlsx);
  return zipSync(entries, { mtime: new Date(date.year, date.month - 1, date.day), level: 6 });
}
