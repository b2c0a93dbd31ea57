/**
 * A small, strict XML reader for the parts of a .docx: elements, attributes
 * and text, nothing else. Word parts use no DTDs or external entities, so
 * none are honoured; an unbalanced document is an error rather than a guess.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (match, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return NAMED_ENTITIES[entity] ?? match;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[match[1]!] = decodeEntities(match[3] ?? match[4] ?? '');
  }
  return attributes;
}

export function readXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    const textEnd = open === -1 ? xml.length : open;
    if (textEnd > position) {
      const text = xml.slice(position, textEnd);
      if (stack.length > 1) stack.at(-1)!.children.push(decodeEntities(text));
      else if (text.trim() !== '') throw new XmlSyntaxError('text outside the root element');
    }
    if (open === -1) break;
    if (xml.startsWith('<?', open)) {
      position = expectEnd(xml, '?>', open);
    } else if (xml.startsWith('<!--', open)) {
      position = expectEnd(xml, '-->', open);
    } else if (xml.startsWith('<![CDATA[', open)) {
      const end = expectEnd(xml, ']]>', open);
      stack.at(-1)!.children.push(xml.slice(open + 9, end - 3));
      position = end;
    } else if (xml.startsWith('<!', open)) {
      position = expectEnd(xml, '>', open);
    } else if (xml.startsWith('</', open)) {
      const end = expectEnd(xml, '>', open);
      const name = xml.slice(open + 2, end - 1).trim();
      const current = stack.pop();
      if (!current || current === root || current.name !== name) {
        throw new XmlSyntaxError(`unexpected closing tag </${name}> at offset ${open}`);
      }
      position = end;
    } else {
      const end = findTagEnd(xml, open);
      const selfClosing = xml[end - 2] === '/';
      const body = xml.slice(open + 1, end - (selfClosing ? 2 : 1));
      const nameEnd = body.search(/[\s/]|$/);
      const name = body.slice(0, nameEnd);
      if (!name) throw new XmlSyntaxError(`empty tag at offset ${open}`);
      const element: XmlElement = { name, attributes: readAttributes(body.slice(nameEnd)), children: [] };
      if (stack.length === 1 && root.children.length > 0) throw new XmlSyntaxError('more than one root element');
      stack.at(-1)!.children.push(element);
      if (!selfClosing) stack.push(element);
      position = end;
    }
  }
  if (stack.length !== 1) throw new XmlSyntaxError(`unclosed element <${stack.at(-1)!.name}>`);
  const documentElement = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!documentElement) throw new XmlSyntaxError('no root element');
  return documentElement;
}

function expectEnd(xml: string, terminator: string, from: number): number {
  const index = xml.indexOf(terminator, from);
  if (index === -1) throw new XmlSyntaxError(`unterminated markup at offset ${from}`);
  return index + terminator.length;
}

/** The closing ">" of a start tag, skipping any ">" inside quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let index = from + 1; index < xml.length; index++) {
    const char = xml[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    } else if (char === '<') {
      break;
    }
  }
  throw new XmlSyntaxError(`unterminated tag at offset ${from}`);
}

export function listElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}

export function findElement(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** Every descendant with this name, in document order, not looking inside matches. */
export function findDescendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of listElements(node)) {
      if (child.name === name) found.push(child);
      else visit(child);
    }
  };
  visit(element);
  return found;
}
