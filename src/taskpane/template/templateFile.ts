import type { RawCell } from "../../engine/cells/types";
import type { Lang } from "../../engine/labels";
import type { OutCell, OwnedSheet } from "../../workbook/port";
import type { TemplateFile } from "../host";

function outCell(cell: RawCell): OutCell {
  if (cell === undefined) return null;
  if (typeof cell === "object" && cell !== null) return cell.error;
  return cell;
}

/**
 * The team template, built in the browser. exceljs and the .xlsx reader load only now, in
 * their own chunks: nothing of them weighs on the pane's first screen.
 */
export async function buildTemplateFile(lang: Lang, sample: boolean): Promise<TemplateFile> {
  const [{ buildTemplate }, { openXlsx }] = await Promise.all([
    import(/* webpackChunkName: "template" */ "../../template/buildTemplate"),
    import(/* webpackChunkName: "xlsx-reader" */ "../../workbook/xlsx/workbook"),
  ]);
  const bytes = await buildTemplate({ lang, sample });
  const reader = openXlsx(bytes);
  const sheetNames = await reader.listSheets();
  return {
    bytes,
    sheetNames,
    async readSheets(names) {
      const sheets: OwnedSheet[] = [];
      for (const name of names) {
        const size = await reader.usedSize(name);
        const rows = await reader.readTop(name, size.rows);
        sheets.push({ name, rows: rows.map((row) => row.map(outCell)) });
      }
      return sheets;
    },
  };
}

export function templateFileName(lang: Lang, sample: boolean): string {
  if (lang === "zh") return sample ? "销售雷达-示例.xlsx" : "销售雷达-模板.xlsx";
  return sample ? "sales-radar-sample.xlsx" : "sales-radar-template.xlsx";
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands bytes to the browser as a file download. */
export function offerDownload(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes.slice()], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
