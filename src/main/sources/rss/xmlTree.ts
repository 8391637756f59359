import { Parser } from 'htmlparser2';

/** One element of a feed, with names lowercased (`dc:date`, `content:encoded`). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** False when the document ended (or a wrong end tag came) before this element closed. */
  closed: boolean;
}

/** Text (XML entities and CDATA already resolved) or an element. */
export type XmlNode = XmlElement | string;

export interface XmlDocument {
  root: XmlElement;
  /** True when some element was never properly closed: a truncated or broken feed. */
  broken: boolean;
}

/**
 * A tolerant XML reader: feeds are often truncated or slightly malformed, and a strict
 * parser would throw away every item because of the last one. Elements the document
 * never closed are marked, so callers can keep what arrived whole.
 */
export function parseXml(text: string): XmlDocument {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], closed: true };
  const stack: XmlElement[] = [root];
  let broken = false;
  let ending = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: XmlElement = {
          name: name.toLowerCase(),
          attributes: lowerKeys(attributes),
          children: [],
          closed: false,
        };
        stack.at(-1)?.children.push(element);
        stack.push(element);
      },
      ontext(data) {
        const parent = stack.at(-1);
        if (!parent) return;
        const last = parent.children.at(-1);
        if (typeof last === 'string') parent.children[parent.children.length - 1] = last + data;
        else parent.children.push(data);
      },
      onclosetag(_name, isImplied) {
        const element = stack.pop();
        if (!element) return;
        // Self-closing tags (<link href="…"/>) also report as implied; only elements
        // still open when the document ran out were cut off.
        const cutOff = isImplied && ending;
        element.closed = !cutOff;
        if (cutOff) broken = true;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(text);
  ending = true;
  parser.end();
  return { root, broken };
}

/** Direct children with the given (lowercase) name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.name === name,
  );
}

export function firstChild(element: XmlElement, ...names: string[]): XmlElement | null {
  for (const name of names) {
    const found = childElements(element, name)[0];
    if (found) return found;
  }
  return null;
}

/** Concatenated text of an element and its descendants. */
export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textContent).join('');
}

/**
 * The markup inside an element. Escaped HTML and CDATA arrive as text (which *is* the
 * HTML); raw child elements (some feeds put unescaped HTML in `<description>`) are
 * serialised back so the HTML reader sees one consistent document.
 */
export function innerMarkup(element: XmlElement): string {
  const hasElements = element.children.some((child) => typeof child !== 'string');
  if (!hasElements) return element.children.map(textContent).join('');
  return element.children.map(serialise).join('');
}

function serialise(node: XmlNode): string {
  if (typeof node === 'string') return node.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${node.name}${attributes}>${node.children.map(serialise).join('')}</${node.name}>`;
}

function lowerKeys(attributes: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) result[key.toLowerCase()] = value;
  return result;
}
