/**
 * VersionOverrides resources: every resid resolves to a resource of the right kind, every
 * resource is used, strings come in zh-CN and en-US within their limits, and every icon URL is a
 * PNG in assets/ of the size it is declared at.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSequence, localizedValues, NS, type ManifestExpectations } from "./manifestParts";
import { readPngHeader } from "./png";
import { allElements, pathOf, type XmlElement } from "./xmlTree";

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly element: XmlElement;
}

const MAX_ID = 32;
const STRING_LIMITS: Readonly<Record<"ShortStrings" | "LongStrings", number>> = {
  ShortStrings: 125,
  LongStrings: 250,
};
/** Which kind of resource each referencing element takes, per TaskPaneAppVersionOverrides 1.0. */
const RESID_KINDS: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
};
const REQUIRED_ICON_SIZES = [16, 32, 80];
const ALLOWED_ICON_SIZES = new Set([16, 20, 24, 32, 40, 48, 64, 80]);
const CJK = /[\u3400-\u9fff]/;

export function checkResources(
  root: XmlElement,
  overrides: XmlElement,
  expect: ManifestExpectations,
): string[] {
  const problems: string[] = [];
  const resourcesElement = pathOf(overrides, "Resources");
  if (resourcesElement === null) return ["VersionOverrides has no <Resources>"];
  problems.push(
    ...checkSequence(resourcesElement, [
      { name: "Images", required: true },
      { name: "Urls", required: true },
      { name: "ShortStrings", required: true },
      { name: "LongStrings", required: true },
    ]),
  );
  const resources = collectResources(resourcesElement, problems);
  const used = new Set<string>();
  for (const element of allElements(overrides)) {
    const resid = element.attributes.get("resid");
    if (resid === undefined) continue;
    used.add(resid);
    if (resid.length > MAX_ID) problems.push(`resid "${resid}" is longer than ${MAX_ID} characters`);
    const resource = resources.get(resid);
    const kind = RESID_KINDS[element.name];
    if (resource === undefined)
      problems.push(`<${element.name} resid="${resid}"> names no resource (line ${element.line})`);
    else if (kind === undefined)
      problems.push(`<${element.name}> cannot take a resid (line ${element.line})`);
    else if (resource.kind !== kind)
      problems.push(`<${element.name} resid="${resid}"> needs a ${kind} resource, not ${resource.kind}`);
  }
  for (const resource of resources.values()) {
    if (!used.has(resource.id)) problems.push(`resource "${resource.id}" is never used`);
  }
  problems.push(...checkStrings(resources), ...checkIcons(root, overrides, resources, expect.assetsDir));
  return problems;
}

function collectResources(resourcesElement: XmlElement, problems: string[]): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  for (const group of resourcesElement.children) {
    const kind = group.name as ResourceKind;
    if (group.namespace !== NS.basicTypes)
      problems.push(`<${group.name}> must be in the bt: namespace (${NS.basicTypes})`);
    for (const element of group.children) {
      const id = element.attributes.get("id") ?? "";
      if (id.length === 0 || id.length > MAX_ID)
        problems.push(`resource id "${id}" must be 1–${MAX_ID} characters`);
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      resources.set(id, { id, kind, element });
    }
  }
  return resources;
}

/** Every string in Chinese (the default) and English, within its length limit. */
function checkStrings(resources: ReadonlyMap<string, Resource>): string[] {
  const problems: string[] = [];
  for (const { id, kind, element } of resources.values()) {
    if (kind !== "ShortStrings" && kind !== "LongStrings") continue;
    const values = localizedValues(element);
    const zh = values.get("zh-CN") ?? "";
    const en = values.get("en-US") ?? "";
    if (!CJK.test(zh))
      problems.push(`string "${id}" needs Chinese DefaultValue text (zh-CN is the default locale)`);
    if (en.trim() === "") problems.push(`string "${id}" has no en-US <Override>`);
    for (const [locale, value] of values) {
      if (value.length > STRING_LIMITS[kind]) {
        problems.push(
          `string "${id}" (${locale}) is ${value.length} characters; ${kind} allow ${STRING_LIMITS[kind]}`,
        );
      }
    }
  }
  return problems;
}

function checkIcons(
  root: XmlElement,
  overrides: XmlElement,
  resources: ReadonlyMap<string, Resource>,
  assetsDir: string,
): string[] {
  const problems: string[] = [];
  const url = (name: string) => pathOf(root, name)?.attributes.get("DefaultValue") ?? "";
  problems.push(
    ...checkIconFile(url("IconUrl"), 32, assetsDir),
    ...checkIconFile(url("HighResolutionIconUrl"), 64, assetsDir),
  );
  for (const icon of allElements(overrides).filter((element) => element.name === "Icon")) {
    const sizes = icon.children.map((image) => Number(image.attributes.get("size")));
    for (const size of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(size))
        problems.push(`<Icon> at line ${icon.line} lacks the required ${size}px image`);
    }
    for (const image of icon.children) {
      const size = Number(image.attributes.get("size"));
      if (!ALLOWED_ICON_SIZES.has(size))
        problems.push(`icon size ${size} is not one Office supports (line ${image.line})`);
      const resource = resources.get(image.attributes.get("resid") ?? "");
      if (resource?.kind === "Images") {
        problems.push(
          ...checkIconFile(resource.element.attributes.get("DefaultValue") ?? "", size, assetsDir),
        );
      }
    }
  }
  return [...new Set(problems)];
}

/** The URL must be served from assets/, and the file there must be a size × size PNG. */
function checkIconFile(url: string, size: number, assetsDir: string): string[] {
  const match = /^https:\/\/[^/]+\/assets\/([\w.-]+\.png)$/.exec(url);
  if (match === null) return [`icon URL ${url || "(empty)"} must be an https …/assets/<name>.png URL`];
  const file = join(assetsDir, match[1]);
  if (!existsSync(file)) return [`icon file ${match[1]} is missing from assets/`];
  let header;
  try {
    header = readPngHeader(readFileSync(file));
  } catch (error) {
    return [`icon file ${match[1]}: ${(error as Error).message}`];
  }
  if (header.width !== size || header.height !== size) {
    return [
      `icon file ${match[1]} is ${header.width}×${header.height} pixels; it is used as ${size}×${size}`,
    ];
  }
  return [];
}
