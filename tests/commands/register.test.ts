import { registerRibbonCommands, type OfficeCommandHost } from "../../src/commands/register";
import { RefreshStatusStore } from "../../src/commands/refreshStatus";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

type Handler = (event: Office.AddinCommands.Event) => void;

/** A fake of the Office global: records associations, counts showAsTaskpane calls. */
function fakeOffice(displayLanguage: string) {
  const handlers = new Map<string, Handler>();
  const showAsTaskpane = jest.fn(async () => undefined);
  const office: OfficeCommandHost = {
    actions: { associate: (id, action) => void handlers.set(id, action) },
    addin: { showAsTaskpane },
    context: { displayLanguage },
  };
  return { office, handlers, showAsTaskpane };
}

/** Clicks a ribbon button: runs its handler and resolves when the event is completed. */
function click(handler: Handler | undefined): Promise<number> {
  if (handler === undefined) throw new Error("no handler registered");
  return new Promise((resolve) => {
    let completed = 0;
    const event = {
      completed: () => {
        completed += 1;
        // Let a stray second call show up before reporting.
        setTimeout(() => resolve(completed), 10);
      },
    } as unknown as Office.AddinCommands.Event;
    handler(event);
  });
}

function ledgerWorkbook(): MemoryWorkbook {
  return new MemoryWorkbook({
    Customers: [
      ["Customer ID", "Customer Name", "Industry", "Stage", "Owner", "Created On"],
      ["YL-ZY-YX-001", "Huakang Medical", "医疗-器械", "意向客户", "Zhang San", "2026-01-05"],
    ],
  });
}

describe("registerRibbonCommands", () => {
  it("binds the manifest's refreshScores, which refreshes the workbook and completes once", async () => {
    const { office, handlers, showAsTaskpane } = fakeOffice("en-US");
    const status = new RefreshStatusStore();
    const book = ledgerWorkbook();
    registerRibbonCommands(office, (use) => use(book), status);

    expect([...handlers.keys()]).toEqual(["refreshScores"]);
    expect(await click(handlers.get("refreshScores"))).toBe(1);
    expect(status.getSnapshot()).toMatchObject({
      kind: "done",
      source: "ribbon",
      message: expect.stringMatching(/^Refreshed "Customers" as of \d{4}-\d{2}-\d{2}: 1 customer scored, /),
    });
    expect(book.cell("Customers", 1, 6)).toBe("Check");
    expect(showAsTaskpane).not.toHaveBeenCalled();
  });

  it("opens the pane with the reason, in Chinese, when the refresh cannot run", async () => {
    const { office, handlers, showAsTaskpane } = fakeOffice("zh-CN");
    const status = new RefreshStatusStore();
    registerRibbonCommands(office, (use) => use(new MemoryWorkbook({ Sheet1: [["hello"]] })), status);

    expect(await click(handlers.get("refreshScores"))).toBe(1);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(status.getSnapshot()).toMatchObject({
      kind: "failed",
      message: expect.stringMatching(/^刷新未完成:找不到/),
    });
  });
});
