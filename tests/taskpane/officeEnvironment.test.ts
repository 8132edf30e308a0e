import { luminance, officeDisplayLanguage, officeTheme } from "../../src/taskpane/office/officeEnvironment";
import { toBase64 } from "../../src/taskpane/office/officeActions";

type OfficeStub = { context: Record<string, unknown> };

function withOffice(context: Record<string, unknown> | null, run: () => void): void {
  const holder = globalThis as unknown as { Office?: OfficeStub };
  const before = holder.Office;
  if (context === null) delete holder.Office;
  else holder.Office = { context };
  try {
    run();
  } finally {
    holder.Office = before;
  }
}

describe("Office environment", () => {
  test("the theme: Office's own flag first, else the body colour, else light", () => {
    withOffice({ officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#ffffff" } }, () =>
      expect(officeTheme()).toBe("dark"),
    );
    withOffice({ officeTheme: { bodyBackgroundColor: "#262626" } }, () => expect(officeTheme()).toBe("dark"));
    withOffice({ officeTheme: { bodyBackgroundColor: "#FFFFFF" } }, () =>
      expect(officeTheme()).toBe("light"),
    );
    withOffice({}, () => expect(officeTheme()).toBe("light"));
    withOffice(null, () => expect(officeTheme()).toBe("light"));
  });

  test("the display language, or none when Office does not say", () => {
    withOffice({ displayLanguage: "en-US" }, () => expect(officeDisplayLanguage()).toBe("en-US"));
    withOffice({}, () => expect(officeDisplayLanguage()).toBeNull());
    withOffice(null, () => expect(officeDisplayLanguage()).toBeNull());
  });

  test("luminance of theme colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("ffffff")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBeNull();
  });

  test("template bytes travel as base64, large files included", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(Buffer.from(toBase64(bytes), "base64").equals(Buffer.from(bytes))).toBe(true);
  });
});
