import { parseRef } from './refs';
import type { CorpusDocument } from './types';

type CitedDocument = Pick<CorpusDocument, 'kind' | 'number' | 'year' | 'meeting' | 'title'>;

/** "OP 13 (h)", "PP 4", "(b) (iii)" — without the "OP" for a text lettered from the top. */
function paragraphLabel(ref: string, prefixNumbered: boolean): string {
  const parsed = parseRef(ref);
  if (!parsed) return ref;
  if (parsed.preambular) return `PP ${parsed.number}`;
  const parts = parsed.parts.map((part) => `(${part})`).join(' ');
  if (parsed.number === undefined) return parts;
  const head = prefixNumbered ? `OP ${parsed.number}` : String(parsed.number);
  return parts ? `${head} ${parts}` : head;
}

/** "COP10" from a draft's title or number when the text names its session; else "". */
function draftSession(document: CitedDocument): string {
  const session = document.number?.split('/')[0];
  return session ? ` COP${session}` : '';
}

/**
 * A reference as a delegate says it: "COP res. 10/3, OP 11 (2020)",
 * "COP dec. 4/4, (a) (2008)", "WG 2011, rec. 45 (j)", "Draft res. (2020), OP 3".
 */
export function formatCitation(document: CitedDocument, ref: string): string {
  switch (document.kind) {
    case 'resolution':
    case 'decision': {
      const kind = document.kind === 'resolution' ? 'res.' : 'dec.';
      const name = document.number ? `COP ${kind} ${document.number}` : `${document.title} (${kind})`;
      return `${name}, ${paragraphLabel(ref, true)} (${document.year})`;
    }
    case 'recommendations':
      return `WG ${document.year}, rec. ${paragraphLabel(ref, false)}`;
    case 'draft resolution':
    case 'revised draft resolution': {
      const label = document.kind === 'draft resolution' ? 'Draft res.' : 'Rev. draft res.';
      return `${label}${draftSession(document)} (${document.year}), ${paragraphLabel(ref, true)}`;
    }
    default:
      return `${document.title} (${document.year}), ${paragraphLabel(ref, true)}`;
  }
}
