import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Independent programs the integration tests check our files with: python3-openpyxl (a reader
 * we did not write) and LibreOffice (a spreadsheet that must open and draw the file). When one is
 * missing the test says so and skips that check; CI installs both.
 */

let python: string | null | undefined;

/** A python that has openpyxl, or null. */
export function pythonWithOpenpyxl(): string | null {
  if (python !== undefined) return python;
  python = null;
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(candidate, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0) {
      python = candidate;
      break;
    }
  }
  return python;
}

export function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

export function skipNotice(what: string, install: string): void {
  process.stderr.write(`\n[xlsx tests] SKIPPED: ${what} (install ${install} to run it)\n`);
}

/** Where test artefacts (PDFs, PNGs) are left for a person to look at; ignored by git. */
export const OUTPUT_DIR = join(__dirname, "../../.output/xlsx");

/** Converts a workbook to PDF with LibreOffice; returns the PDF's path, or throws with its output. */
export function libreOfficePdf(bytes: Uint8Array, name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const input = join(OUTPUT_DIR, `${name}.xlsx`);
  writeFileSync(input, bytes);
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const result = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        OUTPUT_DIR,
        input,
      ],
      { encoding: "utf8", timeout: 180_000 },
    );
    const pdf = join(OUTPUT_DIR, `${name}.pdf`);
    if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
