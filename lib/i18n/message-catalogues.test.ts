import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameNamespaceFile } from '@/i18n/load-messages';
import { en, es, fr } from '@/test-support/messages';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

/**
 * The ICU arguments a message uses ("count:plural", "name"), read by a small scanner: text at depth 0 of a branch is
 * literal, `{name}` or `{name, type, …}` is an argument, and the branches of plural/select are messages again.
 */
function readArguments(message: string): string[] {
  const found = new Set<string>();
  let at = 0;
  const readBranchMessage = (): void => {
    while (at < message.length && message[at] !== '}') {
      if (message[at] === "'") {
        const close = message.indexOf("'", at + 1);
        at = close === -1 ? message.length : close + 1;
      } else if (message[at] === '{') readArgument();
      else at += 1;
    }
  };
  const readArgument = (): void => {
    at += 1;
    const match = /^\s*([\w-]+)\s*(?:,\s*(\w+)\s*)?/.exec(message.slice(at));
    if (!match) throw new Error(`Unreadable argument in "${message}"`);
    at += match[0].length;
    const [, name, type] = match;
    found.add(type ? `${name}:${type}` : `${name}`);
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      at += 1; // the comma after the type
      while (at < message.length && message[at] !== '}') {
        const open = message.indexOf('{', at);
        if (open === -1) throw new Error(`Unclosed branch in "${message}"`);
        at = open + 1;
        readBranchMessage();
        at += 1;
        while (/\s/.test(message[at] ?? '')) at += 1;
      }
    } else {
      at = message.indexOf('}', at);
    }
    at += 1;
  };
  readBranchMessage();
  return [...found].sort();
}

const english = flatten(en);
const others = { fr: flatten(fr), es: flatten(es) };

describe('message catalogues', () => {
  it.each(Object.entries(others))('%s has exactly the English keys', (_, catalogue) => {
    expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(Object.entries(others))('%s uses the same ICU arguments as English in every message', (_, catalogue) => {
    for (const [key, text] of english)
      expect({ key, arguments: readArguments(catalogue.get(key) ?? '') }).toEqual({ key, arguments: readArguments(text) });
  });

  it('reads arguments inside plural branches and ignores plain braces in branches', () => {
    expect(readArguments('{count, plural, =0 {Nothing} one {# item of {owner}} other {# items}}')).toEqual(['count:plural', 'owner']);
    expect(readArguments('Hello {name}')).toEqual(['name']);
  });

  it('leaves no message empty', () => {
    for (const catalogue of [english, ...Object.values(others)]) for (const text of catalogue.values()) expect(text.trim()).not.toBe('');
  });

  it.each(['en', 'fr', 'es'])('keeps in messages/%s/ exactly one file per namespace, named after it', (locale) => {
    const files = readdirSync(new URL(`../../messages/${locale}/`, import.meta.url)).sort();
    expect(files).toEqual(
      Object.keys(en)
        .map((namespace) => `${nameNamespaceFile(namespace)}.json`)
        .sort(),
    );
  });
});
