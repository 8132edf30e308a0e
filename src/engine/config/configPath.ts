/**
 * Reading and immutably replacing one value deep inside the config, by a path of steps. This is
 * what lets the parameter registry be plain data: each parameter names its path, nothing more.
 */

/** An object property, an array index, or the array element whose `key` property matches. */
export type PathStep = string | number | { readonly key: string };

function isRecord(node: unknown): node is Readonly<Record<string, unknown>> {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

function indexIn(items: readonly unknown[], step: PathStep): number {
  if (typeof step === "number") return Number.isInteger(step) && step >= 0 ? step : -1;
  if (typeof step === "object") return items.findIndex((item) => isRecord(item) && item.key === step.key);
  return -1;
}

function child(node: unknown, step: PathStep): unknown {
  if (Array.isArray(node)) {
    const index = indexIn(node, step);
    return index < 0 ? undefined : node[index];
  }
  return isRecord(node) && typeof step === "string" ? node[step] : undefined;
}

/** The value at `path`, or undefined when any step is missing. */
export function readPath(root: unknown, path: readonly PathStep[]): unknown {
  return path.reduce<unknown>((node, step) => child(node, step), root);
}

function withChild(node: unknown, step: PathStep, value: unknown): unknown {
  if (Array.isArray(node)) {
    const index = indexIn(node, step);
    // Appending is allowed; leaving holes is not, so a step past the end changes nothing.
    if (index < 0 || index > node.length) return node;
    const copy = node.slice();
    copy[index] = value;
    return copy;
  }
  if (typeof step !== "string") return node;
  return { ...(isRecord(node) ? node : {}), [step]: value };
}

/** A copy of `root` with the value at `path` replaced; every object off the path is shared. */
export function writePath(root: unknown, path: readonly PathStep[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return withChild(root, head, writePath(child(root, head), rest, value));
}

/** `priority.recency[0].months`, `segments.rules[champions].r`: a path as a person reads it. */
export function formatPath(path: readonly PropertyKey[] | readonly PathStep[]): string {
  return path.reduce<string>((text, step) => {
    if (typeof step === "number") return `${text}[${step}]`;
    if (typeof step === "object") return `${text}[${step.key}]`;
    const name = String(step);
    return text === "" ? name : `${text}.${name}`;
  }, "");
}
