import { findElement, listElements, type XmlElement } from './read-xml';

export interface NumberingReference {
  numId: string;
  level: number;
}

interface StyleDefinition {
  basedOn?: string;
  italic?: boolean;
  bold?: boolean;
  numbering?: Partial<NumberingReference>;
  centered?: boolean;
}

/** Paragraph and character styles, resolved through `w:basedOn`, for what the importer needs to know. */
export interface WordStyles {
  readStyle(styleId: string | undefined): { italic?: boolean; bold?: boolean; centered?: boolean; numbering?: NumberingReference };
  defaultItalic: boolean;
}

/** Word's on/off properties: present means on unless w:val says otherwise. */
export function readToggle(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attributes['w:val'];
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

export function readNumberingProperties(numPr: XmlElement | undefined): Partial<NumberingReference> | undefined {
  if (!numPr) return undefined;
  const numId = findElement(numPr, 'w:numId')?.attributes['w:val'];
  const level = findElement(numPr, 'w:ilvl')?.attributes['w:val'];
  return {
    ...(numId !== undefined ? { numId } : {}),
    ...(level !== undefined ? { level: Number.parseInt(level, 10) || 0 } : {}),
  };
}

export function readWordStyles(styles: XmlElement | undefined): WordStyles {
  const definitions = new Map<string, StyleDefinition>();
  for (const style of styles ? listElements(styles, 'w:style') : []) {
    const id = style.attributes['w:styleId'];
    if (!id) continue;
    const runProperties = findElement(style, 'w:rPr');
    const paragraphProperties = findElement(style, 'w:pPr');
    const basedOn = findElement(style, 'w:basedOn')?.attributes['w:val'];
    const italic = readToggle(findElement(runProperties, 'w:i'));
    const bold = readToggle(findElement(runProperties, 'w:b'));
    const numbering = readNumberingProperties(findElement(paragraphProperties, 'w:numPr'));
    const justification = findElement(paragraphProperties, 'w:jc')?.attributes['w:val'];
    definitions.set(id, {
      ...(basedOn ? { basedOn } : {}),
      ...(italic !== undefined ? { italic } : {}),
      ...(bold !== undefined ? { bold } : {}),
      ...(numbering ? { numbering } : {}),
      ...(justification ? { centered: justification === 'center' } : {}),
    });
  }
  const docDefaults = styles ? findElement(findElement(findElement(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr') : undefined;

  const cache = new Map<string, ReturnType<WordStyles['readStyle']>>();
  const readStyle = (styleId: string | undefined): ReturnType<WordStyles['readStyle']> => {
    if (!styleId) return {};
    const cached = cache.get(styleId);
    if (cached) return cached;
    const resolved: { italic?: boolean; bold?: boolean; centered?: boolean; numbering?: Partial<NumberingReference> } = {};
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id && !seen.has(id); id = definitions.get(id)?.basedOn) {
      seen.add(id);
      const definition = definitions.get(id);
      if (!definition) break;
      resolved.italic ??= definition.italic;
      resolved.bold ??= definition.bold;
      resolved.centered ??= definition.centered;
      if (definition.numbering) {
        resolved.numbering = { ...definition.numbering, ...resolved.numbering };
      }
    }
    const numbering =
      resolved.numbering?.numId !== undefined ? { numId: resolved.numbering.numId, level: resolved.numbering.level ?? 0 } : undefined;
    const result = {
      ...(resolved.italic !== undefined ? { italic: resolved.italic } : {}),
      ...(resolved.bold !== undefined ? { bold: resolved.bold } : {}),
      ...(resolved.centered !== undefined ? { centered: resolved.centered } : {}),
      ...(numbering ? { numbering } : {}),
    };
    cache.set(styleId, result);
    return result;
  };
  return { readStyle, defaultItalic: readToggle(findElement(docDefaults, 'w:i')) ?? false };
}

/** The number format ("decimal", "lowerLetter", "bullet" …) of each list level. */
export function readNumberingFormats(numbering: XmlElement | undefined): (reference: NumberingReference) => string | undefined {
  if (!numbering) return () => undefined;
  const abstractLevels = new Map<string, Map<number, string>>();
  for (const abstract of listElements(numbering, 'w:abstractNum')) {
    const levels = new Map<number, string>();
    for (const level of listElements(abstract, 'w:lvl')) {
      const format = findElement(level, 'w:numFmt')?.attributes['w:val'];
      if (format) levels.set(Number.parseInt(level.attributes['w:ilvl'] ?? '0', 10), format);
    }
    abstractLevels.set(abstract.attributes['w:abstractNumId'] ?? '', levels);
  }
  const instances = new Map<string, { abstract: string; overrides: Map<number, string> }>();
  for (const instance of listElements(numbering, 'w:num')) {
    const overrides = new Map<number, string>();
    for (const override of listElements(instance, 'w:lvlOverride')) {
      const format = findElement(findElement(override, 'w:lvl'), 'w:numFmt')?.attributes['w:val'];
      if (format) overrides.set(Number.parseInt(override.attributes['w:ilvl'] ?? '0', 10), format);
    }
    instances.set(instance.attributes['w:numId'] ?? '', {
      abstract: findElement(instance, 'w:abstractNumId')?.attributes['w:val'] ?? '',
      overrides,
    });
  }
  return ({ numId, level }) => {
    const instance = instances.get(numId);
    if (!instance) return undefined;
    return instance.overrides.get(level) ?? abstractLevels.get(instance.abstract)?.get(level);
  };
}
