import { DOMParser, MIME_TYPE, type Node as DomNode, type Element as DomElement } from '@xmldom/xmldom';

/**
 * The parts of a .docx read with a maintained XML parser (`@xmldom/xmldom`)
 * and handed on as a small tree of elements, attributes and text, the shape
 * the Word readers walk. Word parts use no DTDs, so a part that declares one is
 * refused rather than given a chance to define or fetch entities.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function toXmlElement(element: DomElement): XmlElement {
  const attributes: Record<string, string> = {};
  for (let index = 0; index < element.attributes.length; index++) {
    const attribute = element.attributes.item(index)!;
    attributes[attribute.name] = attribute.value;
  }
  const children: XmlNode[] = [];
  for (let child: DomNode | null = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) children.push(toXmlElement(child as DomElement));
    else if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) children.push(child.nodeValue ?? '');
  }
  return { name: element.tagName, attributes, children };
}

/** The document element of `xml`; anything not well-formed, or with a DTD, raises `XmlSyntaxError`. */
export function readXml(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) throw new XmlSyntaxError('a document type declaration (DTD), which Word parts never have');
  let first: string | undefined;
  const parser = new DOMParser({
    // Warnings (a missing XML declaration, say) are harmless; errors mean the part is not what Word wrote.
    onError: (level, message) => {
      if (level === 'warning') return;
      first ??= message.split('\n')[0];
      throw new XmlSyntaxError(first);
    },
  });
  let root: DomElement | null;
  try {
    root = parser.parseFromString(xml, MIME_TYPE.XML_APPLICATION).documentElement;
  } catch (error) {
    throw new XmlSyntaxError(first ?? (error instanceof Error ? error.message : String(error)), { cause: error });
  }
  if (!root) throw new XmlSyntaxError('no root element');
  return toXmlElement(root);
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
