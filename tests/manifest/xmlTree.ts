import { SaxesParser } from "saxes";

/** A namespace-resolved element of a parsed XML document, with the line it starts on. */
export interface XmlElement {
  /** Local name, without prefix. */
  readonly name: string;
  readonly namespace: string;
  /** Attributes by qualified name as written (`resid`, `xsi:type`). */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Text directly inside this element, trimmed. */
  readonly text: string;
  readonly line: number;
}

interface Building {
  name: string;
  namespace: string;
  attributes: Map<string, string>;
  children: Building[];
  text: string;
  line: number;
}

/**
 * Parses with saxes (strict, namespace-aware): a document that is not well-formed XML, or that
 * uses an undeclared prefix, throws.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Building[] = [];
  const roots: Building[] = [];
  parser.on("opentag", (tag) => {
    const attributes = new Map<string, string>();
    for (const [qualified, attribute] of Object.entries(tag.attributes))
      attributes.set(qualified, attribute.value);
    const element: Building = {
      name: tag.local,
      namespace: tag.uri,
      attributes,
      children: [],
      text: "",
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else roots.push(element);
    stack.push(element);
  });
  parser.on("text", (chunk) => {
    const current = stack[stack.length - 1];
    if (current) current.text += chunk;
  });
  parser.on("closetag", () => {
    const element = stack.pop();
    if (element) element.text = element.text.trim();
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(text).close();
  if (roots.length !== 1) throw new Error("an XML document has exactly one root element");
  return roots[0];
}

/** Every element of the tree, depth first, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return parent.children.filter((child) => child.name === name);
}

/** The element at a path of local names below `root`, or null. */
export function pathOf(root: XmlElement, ...names: string[]): XmlElement | null {
  let current: XmlElement | null = root;
  for (const name of names) {
    current = current ? (childrenNamed(current, name)[0] ?? null) : null;
  }
  return current;
}
