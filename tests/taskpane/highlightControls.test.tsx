/**
 * @jest-environment jsdom
 */
import "./jsdomGlobals";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Finding } from "../../src/engine/validation/finding";
import { HighlightControls } from "../../src/taskpane/components/HighlightControls";
import type { ProblemHighlights } from "../../src/taskpane/host";
import { LanguageProvider } from "../../src/taskpane/i18n/language";
import { useHighlights } from "../../src/taskpane/state/useHighlights";

function finding(row: number, columnIndex: number, severity: Finding["severity"]): Finding {
  return {
    sheet: "客户台账",
    row,
    columnIndex,
    column: "金额",
    field: null,
    value: "x",
    rule: "amount.not-number",
    severity,
    message: { zh: "问题", en: "Problem" },
  } as Finding;
}

const FINDINGS = [finding(2, 3, "error"), finding(2, 3, "warning"), finding(5, 1, "warning")];

function fakeHighlights(unavailable: ProblemHighlights["unavailable"] = null) {
  const calls: string[] = [];
  const applied: (readonly Finding[])[] = [];
  const host: ProblemHighlights = {
    unavailable,
    apply: async (findings) => {
      calls.push("apply");
      applied.push(findings);
    },
    clear: async () => {
      calls.push("clear");
    },
  };
  return { host, calls, applied };
}

function Harness({ highlights }: { readonly highlights: ProblemHighlights }) {
  const control = useHighlights(highlights);
  return control === null ? null : <HighlightControls control={control} findings={FINDINGS} />;
}

function renderControls(highlights: ProblemHighlights, lang: "zh" | "en" = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang={lang}>
        <Harness highlights={highlights} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

describe("highlight controls", () => {
  test("apply hands the host the last refresh's findings, clear asks it to clear, and each says what it did", async () => {
    const fake = fakeHighlights();
    renderControls(fake.host);
    expect(screen.getByRole("group", { name: "Mark problems in the sheets" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Highlight problem cells" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Highlighted 2 cells/));
    expect(fake.calls).toEqual(["apply"]);
    expect(fake.applied[0]).toBe(FINDINGS);

    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Highlights cleared."));
    expect(fake.calls).toEqual(["apply", "clear"]);
  });

  test("a failed change is said, and the buttons work again", async () => {
    const fake = fakeHighlights();
    const failing: ProblemHighlights = { ...fake.host, apply: () => Promise.reject(new Error("boom")) };
    renderControls(failing, "zh");
    fireEvent.click(screen.getByRole("button", { name: "标出问题单元格" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("未能更改标记,请重试。"));
    const clear = screen.getByRole("button", { name: "清除标记" });
    expect(clear.hasAttribute("disabled")).toBe(false);
  });

  test("a host without conditional formats shows the buttons disabled, with the reason", () => {
    const fake = fakeHighlights({ zh: "不支持", en: "This Excel cannot highlight cells." });
    renderControls(fake.host);
    for (const name of ["Highlight problem cells", "Clear highlights"]) {
      expect(screen.getByRole("button", { name }).hasAttribute("disabled")).toBe(true);
    }
    expect(screen.getByRole("status").textContent).toBe("This Excel cannot highlight cells.");
    expect(fake.calls).toEqual([]);
  });
});
