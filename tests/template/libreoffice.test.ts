import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTemplate } from "../../src/template";

/**
 * A second opinion on the file: LibreOffice must open the template and print it. CI installs
 * LibreOffice; where it is missing the test says so and passes.
 */
const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
const hasPdftoppm = spawnSync("pdftoppm", ["-v"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) console.warn("LibreOffice (soffice) not found: skipping the PDF conversion test.");

const maybe = hasSoffice ? it : it.skip;
const SOFFICE_TIMEOUT_MS = 120_000;

describe("template in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sales-radar-template-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  maybe.each(["zh", "en"] as const)(
    "converts the %s template to PDF",
    async (lang) => {
      const xlsx = join(dir, `template-${lang}.xlsx`);
      writeFileSync(xlsx, await buildTemplate({ lang, sample: false }));
      // A profile of its own, so a running LibreOffice or another test cannot lock it.
      const profile = `file://${join(dir, `profile-${lang}`)}`;
      const run = spawnSync(
        "soffice",
        [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, xlsx],
        { encoding: "utf8", timeout: SOFFICE_TIMEOUT_MS },
      );
      expect(run.status).toBe(0);
      const pdf = join(dir, `template-${lang}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");

      if (!hasPdftoppm) return;
      const png = join(dir, `page-${lang}`);
      const render = spawnSync("pdftoppm", [
        "-png",
        "-r",
        "50",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        png,
      ]);
      expect(render.status).toBe(0);
      expect(readFileSync(`${png}.png`).subarray(1, 4).toString()).toBe("PNG");
    },
    SOFFICE_TIMEOUT_MS,
  );
});
