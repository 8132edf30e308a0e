import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REFRESH_SCORES_ACTION } from "../../src/commands/refreshScores";
import { checkManifest, type ManifestExpectations } from "./manifestChecks";
import { parseXml, pathOf } from "./xmlTree";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const EXPECT: ManifestExpectations = {
  assetsDir: join(ROOT, "assets"),
  packageVersion: (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
    .version,
  refreshFunction: REFRESH_SCORES_ACTION,
};

/** Replaces the one occurrence of `find`; a mutation that matches nothing would test nothing. */
function mutate(find: string | RegExp, replacement: string): string {
  const matches =
    typeof find === "string"
      ? MANIFEST.split(find).length - 1
      : [...MANIFEST.matchAll(new RegExp(find.source, `${find.flags}g`))].length;
  if (matches !== 1) throw new Error(`mutation target ${String(find)} occurs ${matches} times`);
  return MANIFEST.replace(find, replacement);
}

describe("manifest.xml", () => {
  it("meets every schema and store rule", () => {
    expect(checkManifest(MANIFEST, EXPECT)).toEqual([]);
  });

  it("labels both ribbon buttons in Chinese and English", () => {
    const strings = pathOf(parseXml(MANIFEST), "VersionOverrides", "Resources", "ShortStrings");
    const label = (id: string) => {
      const element = strings?.children.find((s) => s.attributes.get("id") === id);
      return [element?.attributes.get("DefaultValue"), element?.children[0]?.attributes.get("Value")];
    };
    expect(label("RefreshButton.Label")).toEqual(["刷新评分", "Refresh scores"]);
    expect(label("OpenPaneButton.Label")).toEqual(["打开销售雷达", "Open Sales Radar"]);
  });

  const broken: [string, string, string][] = [
    [
      "children out of schema order",
      mutate(/(\s*<Permissions>[^<]*<\/Permissions>)/, "").replace(
        "<DefaultSettings>",
        "<Permissions>ReadWriteDocument</Permissions><DefaultSettings>",
      ),
      "out of order",
    ],
    [
      "an id that is not a GUID",
      mutate("<Id>1c5a72b4-eeca-44ca-bbea-49aa38f40e79</Id>", "<Id>sales-radar</Id>"),
      "GUID",
    ],
    ["a five-part version", mutate("<Version>0.1.0.0</Version>", "<Version>0.1.0.0.1</Version>"), "n.n.n.n"],
    [
      "a DisplayName over 125 characters",
      mutate('Value="Sales Radar"/>\n  </DisplayName>', `Value="${"x".repeat(126)}"/>\n  </DisplayName>`),
      "limit is 125",
    ],
    [
      "a Description over 250 characters",
      mutate('<Description DefaultValue="在', `<Description DefaultValue="${"长".repeat(250)}在`),
      "limit is 250",
    ],
    [
      "a resid that names nothing",
      mutate('<Label resid="RefreshButton.Label"/>', '<Label resid="RefreshButon.Label"/>'),
      "names no resource",
    ],
    [
      "a resid of the wrong kind",
      mutate('<Description resid="RefreshButton.Tooltip"/>', '<Description resid="RefreshButton.Label"/>'),
      "needs a LongStrings resource",
    ],
    [
      "an unused resource",
      mutate(
        "</bt:Urls>",
        '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/></bt:Urls>',
      ),
      '"Spare.Url" is never used',
    ],
    [
      "a resid over 32 characters",
      MANIFEST.split("Help.Url").join("SalesRadar.Help.Page.Url.For.Users"),
      "longer than 32",
    ],
    [
      "a plain http URL",
      mutate(
        '"https://localhost:3000/assets/help.html"/>\n  <Hosts>',
        '"http://localhost:3000/assets/help.html"/>\n  <Hosts>',
      ),
      "must be https",
    ],
    [
      "an icon of the wrong size",
      mutate(
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
        'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      ),
      "used as 16×16",
    ],
    ["a missing icon file", mutate("assets/icon-64.png", "assets/icon-128.png"), "missing from assets/"],
    [
      "a ribbon icon without its 80px image",
      mutate(
        /(<Control xsi:type="Button" id="SalesRadar.Refresh">[\s\S]*?)<bt:Image size="80" resid="Icon.80x80"\/>/,
        "$1",
      ),
      "required 80px",
    ],
    [
      "a button label without English",
      mutate('<bt:Override Locale="en-US" Value="Refresh scores"/>', ""),
      'string "RefreshButton.Label" has no en-US',
    ],
    [
      "a button label without Chinese",
      mutate('DefaultValue="刷新评分"', 'DefaultValue="Refresh"'),
      "needs Chinese",
    ],
    [
      "read-only permission",
      mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
      "ReadWriteDocument",
    ],
    [
      "no SharedRuntime requirement",
      mutate(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ""),
      "SharedRuntime MinVersion 1.1",
    ],
    [
      "an older ExcelApi",
      mutate('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.1"/>'),
      "ExcelApi MinVersion 1.7",
    ],
    [
      "a function file outside the shared runtime",
      mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Help.Url"/>'),
      "shared runtime's page",
    ],
    ["a short-lived runtime", mutate('lifetime="long"', 'lifetime="short"'), 'lifetime="long"'],
    [
      "a button running an unregistered function",
      mutate("<FunctionName>refreshScores</FunctionName>", "<FunctionName>refresh</FunctionName>"),
      "refreshScores",
    ],
    [
      "VersionOverrides 1.1 on a task pane add-in",
      mutate('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'),
      "VersionOverridesV1_0 only",
    ],
    [
      "a version that drifted from package.json",
      mutate("<Version>0.1.0.0</Version>", "<Version>0.2.0.0</Version>"),
      "does not match package.json",
    ],
    [
      "XML that is not well-formed",
      mutate("</Hosts>\n  <Requirements>", "<Requirements>"),
      "not well-formed",
    ],
    ["an undeclared namespace prefix", MANIFEST.replace(/\s+xmlns:bt="[^"]+"/, ""), "not well-formed"],
  ];

  it.each(broken)("fails on %s", (_name, xml, expected) => {
    const problems = checkManifest(xml, EXPECT);
    expect(problems.join("\n")).toContain(expected);
  });
});
