import { parseArgs } from 'node:util';
import { checkAgreedLanguage, findQueryLead, rateCoverage, searchIndex, type SearchFilter } from '@/lib/search';
import { createPrismaClient } from '@/server/db/client';
import { getSearchIndex } from '@/server/search/get-search-index';
import { printResult, UsageError } from '../output';

/** `--filter kind=resolution,decision --filter year=2010-2022 --filter topic=… --filter body=…` */
export function parseSearchFilters(raw: string[]): SearchFilter {
  const filter: SearchFilter = {};
  for (const item of raw) {
    const [key, value] = [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)];
    if (!key || !value) throw new UsageError(`A filter is key=value, got "${item}".`);
    if (key === 'kind') filter.kind = value.split(',').map((kind) => kind.trim());
    else if (key === 'body') filter.body = value;
    else if (key === 'topic') filter.topic = value;
    else if (key === 'lead') filter.lead = value;
    else if (key === 'year') {
      const match = value.match(/^(\d{4})?(?:-(\d{4})?)?$/);
      if (!match) throw new UsageError(`A year filter is YYYY, YYYY-YYYY, YYYY- or -YYYY; got "${value}".`);
      const single = !value.includes('-');
      if (match[1]) filter.yearFrom = Number(match[1]);
      if (match[2]) filter.yearTo = Number(match[2]);
      if (single && match[1]) filter.yearTo = Number(match[1]);
    } else throw new UsageError(`Unknown filter "${key}" (use kind, body, topic, year or lead).`);
  }
  return filter;
}

export async function runSearch(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { limit: { type: 'string' }, filter: { type: 'string', multiple: true }, 'same-lead': { type: 'boolean' } },
  });
  const query = positionals.join(' ').trim();
  if (!query) {
    throw new UsageError(
      'Usage: search "<text>" [--limit N] [--filter kind=resolution] [--filter lead="Calls upon"] [--same-lead] [--json]',
    );
  }
  const limit = values.limit ? Number(values.limit) : 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit is a whole number from 1 to 500.');
  const db = createPrismaClient();
  try {
    const index = await getSearchIndex(db);
    const filter = parseSearchFilters((values.filter as string[] | undefined) ?? []);
    if (values['same-lead']) {
      const lead = findQueryLead(index, query);
      if (!lead) throw new UsageError('--same-lead: the text does not open with a formula the corpus uses ("Encourages", "Calls upon" …).');
      filter.lead = lead;
    }
    const { hits } = searchIndex(index, query, { limit, filter });
    const output = hits.map(({ documentId, ref, citation, score, text, alsoIn }) => ({
      documentId,
      ref,
      citation,
      score,
      text,
      ...(alsoIn ? { alsoIn } : {}),
    }));
    printResult(output, json, (rows: typeof output) =>
      rows.length
        ? rows
            .map((hit) =>
              [
                `${hit.score.toFixed(2).padStart(7)}  ${hit.citation}`,
                ...(hit.alsoIn ? [`         also in ${hit.alsoIn.map((place) => place.citation).join('; ')}`] : []),
                `         ${hit.text.slice(0, 160)}`,
              ].join('\n'),
            )
            .join('\n')
        : 'No agreed language found.',
    );
  } finally {
    await db.$disconnect();
  }
}

export async function runCheck(argv: string[], json: boolean): Promise<void> {
  const text = argv.join(' ').trim();
  if (!text) throw new UsageError('Usage: check "<text>" [--json]');
  const db = createPrismaClient();
  try {
    const result = checkAgreedLanguage(await getSearchIndex(db), text);
    printResult(result, json, (r: typeof result) =>
      [
        `${rateCoverage(r.coverage).label}: ${rateCoverage(r.coverage).share} agreed language`,
        ...r.spans.map((s) => `  "${text.slice(s.start, s.end)}" — ${s.citation}`),
      ].join('\n'),
    );
  } finally {
    await db.$disconnect();
  }
}
