/**
 * The rules the add-in only manifest must meet: element order and types from the TaskPaneApp
 * schema (OfficeAppManifestv1.1 + TaskPaneAppVersionOverrides 1.0), and what AppSource and
 * Office additionally require (icons, https, lengths). Returns a list of problems; [] is a pass.
 */
import { checkSequence, localizedValues, NS, type ManifestExpectations, type Slot } from "./manifestParts";
import { checkResources } from "./manifestResources";
import { allElements, childrenNamed, parseXml, pathOf, type XmlElement } from "./xmlTree";

export type { ManifestExpectations } from "./manifestParts";

/** OfficeApp's sequence followed by the TaskPaneApp extension's, as the schema orders them. */
const TASKPANE_APP_SEQUENCE: readonly Slot[] = [
  { name: "Id", required: true },
  { name: "AlternateId", required: false },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  // Optional in the schema, required by AppSource.
  { name: "IconUrl", required: true },
  { name: "HighResolutionIconUrl", required: true },
  { name: "SupportUrl", required: true },
  { name: "AppDomains", required: false },
  { name: "Hosts", required: true },
  { name: "Requirements", required: false },
  { name: "DefaultSettings", required: true },
  { name: "Permissions", required: true },
  { name: "Dictionary", required: false },
  { name: "VersionOverrides", required: false },
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){1,3}$/;

export function checkManifest(xml: string, expect: ManifestExpectations): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (root.name !== "OfficeApp" || root.namespace !== NS.app)
    problems.push(`root must be OfficeApp in ${NS.app}`);
  if (root.attributes.get("xsi:type") !== "TaskPaneApp")
    problems.push("OfficeApp xsi:type must be TaskPaneApp");
  problems.push(...checkSequence(root, TASKPANE_APP_SEQUENCE));
  problems.push(...checkIdentity(root, expect));
  problems.push(...checkRequirements(root));
  problems.push(...checkHttps(root));
  const overrides = pathOf(root, "VersionOverrides");
  if (overrides === null) problems.push("VersionOverrides is missing: the ribbon buttons live there");
  else problems.push(...checkOverrides(overrides, expect), ...checkResources(root, overrides, expect));
  return problems;
}

function checkIdentity(root: XmlElement, expect: ManifestExpectations): string[] {
  const problems: string[] = [];
  const text = (name: string) => pathOf(root, name)?.text ?? "";
  if (!GUID.test(text("Id"))) problems.push(`Id must be a GUID, not "${text("Id")}"`);
  const version = text("Version");
  if (!VERSION.test(version))
    problems.push(`Version must be n.n.n.n (up to 5 digits each), not "${version}"`);
  else if (version !== `${expect.packageVersion}.0`) {
    problems.push(
      `Version ${version} does not match package.json ${expect.packageVersion} (expected ${expect.packageVersion}.0)`,
    );
  }
  const provider = text("ProviderName");
  if (provider.length === 0 || provider.length > 125) problems.push("ProviderName must be 1–125 characters");
  if (text("DefaultLocale") !== "zh-CN") problems.push("DefaultLocale must be zh-CN (Chinese first)");
  problems.push(...checkLocaleAware(root, "DisplayName", 125), ...checkLocaleAware(root, "Description", 250));
  const hosts = pathOf(root, "Hosts")?.children.map((h) => h.attributes.get("Name")) ?? [];
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    problems.push('Hosts must be exactly <Host Name="Workbook"/>');
  const permissions = text("Permissions");
  if (permissions !== "ReadWriteDocument")
    problems.push(`Permissions must be ReadWriteDocument, not "${permissions}"`);
  const pane = pathOf(root, "DefaultSettings", "SourceLocation")?.attributes.get("DefaultValue") ?? "";
  if (!pane.endsWith("/taskpane.html"))
    problems.push("DefaultSettings/SourceLocation must be the taskpane.html page");
  return problems;
}

/** DisplayName / Description: a zh-CN default and an en-US override, each within the limit. */
function checkLocaleAware(root: XmlElement, name: string, limit: number): string[] {
  const element = pathOf(root, name);
  if (element === null) return [];
  const problems: string[] = [];
  const byLocale = localizedValues(element);
  for (const locale of ["zh-CN", "en-US"]) {
    const value = byLocale.get(locale);
    if (value === undefined || value.trim() === "") problems.push(`${name} has no ${locale} text`);
    else if (value.length > limit)
      problems.push(`${name} (${locale}) is ${value.length} characters; the limit is ${limit}`);
  }
  return problems;
}

function checkRequirements(root: XmlElement): string[] {
  const sets = new Map<string, string>();
  for (const set of pathOf(root, "Requirements", "Sets")?.children ?? []) {
    sets.set(set.attributes.get("Name") ?? "", set.attributes.get("MinVersion") ?? "");
  }
  const problems: string[] = [];
  if (sets.get("ExcelApi") !== "1.7") problems.push("Requirements must declare ExcelApi MinVersion 1.7");
  if (sets.get("SharedRuntime") !== "1.1")
    problems.push("Requirements must declare SharedRuntime MinVersion 1.1");
  return problems;
}

/** Every URL anywhere in the manifest is https, on one origin (so a build can swap it). */
function checkHttps(root: XmlElement): string[] {
  const problems: string[] = [];
  const origins = new Set<string>();
  for (const element of allElements(root)) {
    for (const [attribute, value] of element.attributes) {
      if (attribute.startsWith("xmlns") || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
      if (!value.startsWith("https://")) problems.push(`URL must be https: ${value} (line ${element.line})`);
      else origins.add(new URL(value).origin);
    }
  }
  if (origins.size > 1) problems.push(`URLs span several origins: ${[...origins].join(", ")}`);
  return problems;
}

function checkOverrides(overrides: XmlElement, expect: ManifestExpectations): string[] {
  const problems: string[] = [];
  if (overrides.namespace !== NS.overrides) problems.push(`VersionOverrides must be in ${NS.overrides}`);
  if (overrides.attributes.get("xsi:type") !== "VersionOverridesV1_0") {
    problems.push("a TaskPaneApp takes VersionOverridesV1_0 only");
  }
  const host = pathOf(overrides, "Hosts", "Host");
  if (host?.attributes.get("xsi:type") !== "Workbook")
    return [...problems, 'VersionOverrides needs <Host xsi:type="Workbook">'];
  problems.push(
    ...checkSequence(host, [
      { name: "Runtimes", required: true },
      { name: "AllFormFactors", required: false },
      { name: "DesktopFormFactor", required: true },
    ]),
  );
  const runtime = pathOf(host, "Runtimes", "Runtime");
  const runtimeUrl = runtime?.attributes.get("resid");
  if (runtime?.attributes.get("lifetime") !== "long")
    problems.push('the shared Runtime needs lifetime="long"');
  const desktop = pathOf(host, "DesktopFormFactor");
  if (desktop === null) return problems;
  problems.push(
    ...checkSequence(desktop, [
      { name: "GetStarted", required: true },
      { name: "FunctionFile", required: true },
      { name: "ExtensionPoint", required: true, repeatable: true },
    ]),
  );
  // The shared runtime only loads when every page reference names the same resource.
  const functionFile = pathOf(desktop, "FunctionFile")?.attributes.get("resid");
  if (functionFile !== runtimeUrl)
    problems.push(`FunctionFile (${functionFile}) must be the shared runtime's page (${runtimeUrl})`);
  problems.push(...checkRibbon(desktop, runtimeUrl, expect));
  return problems;
}

function checkRibbon(
  desktop: XmlElement,
  runtimeUrl: string | undefined,
  expect: ManifestExpectations,
): string[] {
  const problems: string[] = [];
  const surface = childrenNamed(desktop, "ExtensionPoint").find(
    (point) => point.attributes.get("xsi:type") === "PrimaryCommandSurface",
  );
  const tab = surface ? pathOf(surface, "OfficeTab") : null;
  if (tab?.attributes.get("id") !== "TabHome")
    return ["the buttons belong on the Home tab (OfficeTab id TabHome)"];
  const groups = childrenNamed(tab, "Group");
  for (const group of groups) {
    problems.push(
      ...checkSequence(group, [
        { name: "Label", required: true },
        { name: "Icon", required: true },
        { name: "Control", required: true, repeatable: true },
      ]),
    );
  }
  const controls = groups.flatMap((group) => childrenNamed(group, "Control"));
  const actions = controls.map((control) => pathOf(control, "Action"));
  const execute = actions.filter((action) => action?.attributes.get("xsi:type") === "ExecuteFunction");
  const show = actions.filter((action) => action?.attributes.get("xsi:type") === "ShowTaskpane");
  if (
    execute.length !== 1 ||
    (execute[0] && pathOf(execute[0], "FunctionName")?.text) !== expect.refreshFunction
  ) {
    problems.push(`one ExecuteFunction button must run "${expect.refreshFunction}"`);
  }
  if (show.length !== 1) problems.push("one ShowTaskpane button must open the pane");
  for (const action of show) {
    const page = action && pathOf(action, "SourceLocation")?.attributes.get("resid");
    if (page !== runtimeUrl)
      problems.push(`ShowTaskpane (${page}) must open the shared runtime's page (${runtimeUrl})`);
    if (!action || !pathOf(action, "TaskpaneId")?.text)
      problems.push("ShowTaskpane needs a TaskpaneId (a shared runtime has one pane)");
  }
  const ids = allElements(tab).flatMap((element) => element.attributes.get("id") ?? []);
  const duplicated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicated.length > 0) problems.push(`ribbon ids must be unique: ${duplicated.join(", ")}`);
  for (const control of controls) {
    if (control.attributes.get("xsi:type") !== "Button")
      problems.push(`control ${control.attributes.get("id")} must be a Button`);
    problems.push(
      ...checkSequence(control, [
        { name: "Label", required: true },
        { name: "Supertip", required: true },
        { name: "Icon", required: true },
        { name: "Action", required: true },
      ]),
    );
  }
  return problems;
}
