import type { Schema } from '@tiptap/pm/model';
import { blockNodeName, getEditorSchema, markNames } from './schema';

/**
 * What a paragraph's Yjs content may hold, read from the one editor schema so
 * that the realtime server, the load-time repair and the browser agree:
 *
 *   fragment  → block elements ("paragraph") only
 *   block     → text, and inline atoms ("hardBreak", "footnote"); no attributes
 *   text      → characters, formatted with the schema's marks and their attributes
 *   atom      → its own attributes, no children
 *
 * Nothing nests deeper, so depth is bounded by the shape itself.
 */
export interface ContentRules {
  blockNames: ReadonlySet<string>;
  inlineAtomNames: ReadonlySet<string>;
  /** Node name → attribute names. */
  nodeAttributes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Mark name → attribute names. */
  markAttributes: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Longest attribute value (a footnote's text) and mark attribute value accepted. */
export const maxAttributeLength = 20_000;

let cached: ContentRules | undefined;

export function readContentRules(schema: Schema = getEditorSchema()): ContentRules {
  if (cached && schema === getEditorSchema()) return cached;
  const nodeAttributes = new Map<string, ReadonlySet<string>>();
  const inlineAtomNames = new Set<string>();
  for (const [name, type] of Object.entries(schema.nodes)) {
    nodeAttributes.set(name, new Set(Object.keys(type.spec.attrs ?? {})));
    if (type.isInline && !type.isText) inlineAtomNames.add(name);
  }
  const markAttributes = new Map<string, ReadonlySet<string>>();
  for (const [name, type] of Object.entries(schema.marks)) markAttributes.set(name, new Set(Object.keys(type.spec.attrs ?? {})));
  const rules: ContentRules = { blockNames: new Set([blockNodeName]), inlineAtomNames, nodeAttributes, markAttributes };
  if (schema === getEditorSchema()) cached = rules;
  return rules;
}

function checkScalar(value: unknown): boolean {
  if (value === null || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && value.length <= maxAttributeLength;
}

/** Why a node attribute may not be set on this node, or null. */
export function checkNodeAttribute(rules: ContentRules, nodeName: string, key: string, value: unknown): string | null {
  if (!rules.nodeAttributes.get(nodeName)?.has(key)) return `A ${nodeName} has no attribute "${key}".`;
  return checkScalar(value) ? null : `The ${nodeName} attribute "${key}" must be a short plain value.`;
}

/**
 * Why a formatting attribute (a mark as y-prosemirror stores it in Y.XmlText)
 * may not be applied, or null. `null` ends a mark and is always allowed for a
 * known mark; otherwise the value is the mark's attributes.
 */
export function checkMarkFormat(rules: ContentRules, key: string, value: unknown): string | null {
  const attributes = rules.markAttributes.get(key);
  if (!attributes) return `Unknown formatting "${key}".`;
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return `The formatting "${key}" must carry its attributes.`;
  for (const [name, attribute] of Object.entries(value as Record<string, unknown>)) {
    if (!attributes.has(name)) return `The formatting "${key}" has no attribute "${name}".`;
    if (!checkScalar(attribute)) return `The formatting attribute "${name}" must be a short plain value.`;
  }
  return null;
}

/** The attribution mark's value, when a format is one. */
export function readAttributionFormat(key: string, value: unknown): { proposalId: unknown; delegation: unknown } | null {
  if (key !== markNames.attribution || value === null || typeof value !== 'object') return null;
  const { proposalId, delegation } = value as Record<string, unknown>;
  return { proposalId, delegation };
}
