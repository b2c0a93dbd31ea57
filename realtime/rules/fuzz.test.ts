/**
 * Issue 11: for a bounded time, random operations on the draft model from
 * several clients, judged as the realtime server judges them. After every
 * accepted update the draft must save, reload and render to the editor schema;
 * every refused update must have changed nothing; hostile updates are never
 * accepted, and legitimate ones are whenever the sender's rights, the mode and
 * frozen paragraphs allow them (predicted independently of the rules).
 *
 * Rerun a failure with the seed it prints:
 *   FUZZ_SEED=1234 npx vitest run realtime/rules/fuzz.test.ts
 * (FUZZ_MS and FUZZ_STEPS lengthen or shorten the random run.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Node as PmNode, Schema } from '@tiptap/pm/model';
import { canSplit, Transform } from '@tiptap/pm/transform';
import { initProseMirrorDoc, updateYFragment, ySyncPluginKey } from '@tiptap/y-tiptap';
import { can } from '@/lib/auth/permissions';
import { createDraftUndoManager, localOrigin } from '@/components/draft/draft-operations';
import {
  createDraftDoc,
  deleteParagraph,
  getMetaMap,
  getOrderArray,
  getParagraphMap,
  insertParagraph,
  mergeParagraphs,
  moveParagraph,
  paragraphKeys,
  paragraphKinds,
  paragraphStatuses,
  readDraftSnapshot,
  readParagraphOrder,
  setParagraphFrozen,
  setParagraphKind,
  setParagraphStatus,
  splitParagraph,
  type ParagraphKind,
} from '@/lib/draft';
import { captureUpdate } from '@/test-support/yjs-sync';
import { getEditorSchema } from '@/lib/editor/schema';
import { readFragmentJson, readFragmentText } from '@/lib/editor/fragment-content';
import { repairDraftDoc } from '@/lib/integrity/repair-draft-doc';
import {
  acceptProposal,
  bracketParagraph,
  bracketText,
  clearPosition,
  createProposal,
  getProposalsMap,
  objectToProposal,
  proposalKeys,
  proposalKinds,
  readDraftMode,
  readProposalRecords,
  readProposalStatus,
  rejectProposal,
  setDraftMode,
  supportProposal,
  withdrawProposal,
  type ProposalKind,
} from '@/lib/proposals';
import type { ConnectionIdentity } from '../authenticate';
import { judgeUpdate } from '../judge-update';

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ['States', 'urges', 'all', 'parties', 'to', 'cooperate', 'fully', 'and', 'in good faith', 'Recalling', 'the'];
words.push('décide', '«ok»', '—', 'مرحبا', '🙂', ' ');

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** 0 … n-1 */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** low … high inclusive */
  range(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.int(items.length)]!;
  }
  word(): string {
    return this.pick(words);
  }
  name(): string {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let out = '';
    for (let i = this.range(1, 8); i > 0; i--) out += letters[this.int(letters.length)];
    return out;
  }
}

// ---------------------------------------------------------------------------
// The people and their replicas

const people = {
  EU: {
    userId: 'u-eu',
    negotiationId: 'n1',
    delegationCode: 'EU',
    role: 'delegate',
    readOnly: false,
    userName: 'Eva',
    delegationName: 'European Union',
  },
  CHAIR: {
    userId: 'u-chair',
    negotiationId: 'n1',
    delegationCode: 'CHAIR',
    role: 'facilitator',
    readOnly: false,
    userName: 'Chair',
    delegationName: 'Chair',
  },
  COL: {
    userId: 'u-col',
    negotiationId: 'n1',
    delegationCode: 'COL',
    role: 'delegate',
    readOnly: false,
    userName: 'Carlos',
    delegationName: 'Colombia',
  },
  OBS: {
    userId: 'u-obs',
    negotiationId: 'n1',
    delegationCode: 'OBS',
    role: 'observer',
    readOnly: true,
    userName: 'Olga',
    delegationName: 'Observer',
  },
} satisfies Record<string, ConnectionIdentity>;
type Person = keyof typeof people;

interface Client {
  name: Person;
  who: ConnectionIdentity;
  doc: Y.Doc;
  undo: Y.UndoManager;
}

const requiredKeys = [paragraphKeys.content, paragraphKeys.kind, paragraphKeys.status, paragraphKeys.frozen] as const;

/**
 * The draft as the realtime server holds it: built once (by the web app), stored,
 * and loaded into the room's own document, whose client id wrote none of it.
 */
function createServer(clientId: number): Y.Doc {
  const built = createDraftDoc({
    title: 'Oceans and the law of the sea',
    body: 'General Assembly',
    chapeau: 'The General Assembly,',
    paragraphs: [
      { kind: 'preambular', text: 'Recalling its resolution 10/3 of 2019,', lead: 'Recalling' },
      { kind: 'preambular', text: 'Noting with concern the report of the Secretary-General,', lead: 'Noting with concern' },
      { kind: 'operative', text: 'Urges States parties to act without delay;', lead: 'Urges' },
      { kind: 'subparagraph', depth: 1, text: 'by strengthening regional cooperation;' },
      { kind: 'subparagraph', depth: 2, text: 'in particular at sea;' },
      { kind: 'operative', text: 'Decides to remain seized of the matter.', lead: 'Decides', frozen: true, status: 'agreed' },
    ],
  });
  const order = readParagraphOrder(built);
  const propose = (who: ConnectionIdentity, kind: ProposalKind, paragraphId: string, text: string) =>
    createProposal(built, {
      kind,
      paragraphId,
      text,
      delegation: who.delegationCode,
      delegationName: who.delegationName!,
      authorId: who.userId,
      authorName: who.userName!,
    });
  // An accepted one (its words now carry COL's attribution), an open one and a rejected one.
  const accepted = propose(people.COL, 'amend', order[2]!, 'Urges all States parties to act resolutely without delay;');
  acceptProposal(built, accepted, { decidedBy: people.CHAIR.userId });
  propose(people.EU, 'amend', order[0]!, 'Recalling also its resolution 10/3 of 2019,');
  const rejected = propose(people.COL, 'alternative', order[1]!, 'Noting the report,');
  rejectProposal(built, rejected, { decidedBy: people.CHAIR.userId });
  // Some footnotes and a line break, as the editor writes them.
  const block = (getParagraphMap(built).get(order[1]!)!.get(paragraphKeys.content) as Y.XmlFragment).get(0) as Y.XmlElement;
  const note = new Y.XmlElement('footnote');
  note.setAttribute('note', 'A/75/70.');
  block.insert(block.length, [note, new Y.XmlElement('hardBreak')]);
  const server = new Y.Doc();
  server.clientID = clientId;
  Y.applyUpdate(server, Y.encodeStateAsUpdate(built));
  built.destroy();
  return server;
}

// ---------------------------------------------------------------------------
// Reading a replica

interface ParagraphTarget {
  id: string;
  map: Y.Map<unknown>;
  fragment: Y.XmlFragment;
}

function listParagraphs(doc: Y.Doc): ParagraphTarget[] {
  const paragraphs = getParagraphMap(doc);
  return readParagraphOrder(doc).map((id) => {
    const map = paragraphs.get(id)!;
    return { id, map, fragment: map.get(paragraphKeys.content) as Y.XmlFragment };
  });
}

function listBlocks(fragment: Y.XmlFragment): Y.XmlElement[] {
  return fragment.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);
}

function listProposalIds(doc: Y.Doc): string[] {
  return [...getProposalsMap(doc).keys()].sort();
}

function proposalStatusOn(doc: Y.Doc, id: string): string | undefined {
  const proposal = getProposalsMap(doc).get(id);
  return proposal instanceof Y.Map ? readProposalStatus(proposal) : undefined;
}

/** Everything a reader could see in a document, as plain data (to tell whether an accepted update changed anything). */
function dump(value: unknown, depth = 0): unknown {
  if (depth > 50) return '…';
  const inner = (v: unknown) => dump(v, depth + 1);
  const dumpRecord = (record: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(record)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, inner(v)]),
    );
  if (value instanceof Y.XmlText) {
    const delta = (value.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]).map((op) => ({
      insert: inner(op.insert),
      attributes: op.attributes ? dumpRecord(op.attributes) : undefined,
    }));
    return { xmlText: delta, attributes: dumpRecord(value.getAttributes() as Record<string, unknown>) };
  }
  if (value instanceof Y.XmlElement) {
    const attributes = dumpRecord(value.getAttributes() as Record<string, unknown>);
    return { element: value.nodeName, attributes, children: value.toArray().map(inner) };
  }
  if (value instanceof Y.XmlFragment) return { fragment: value.toArray().map(inner) };
  if (value instanceof Y.Text) return { text: value.toDelta() };
  if (value instanceof Y.Map) return { map: dumpRecord(Object.fromEntries(value.entries())) };
  if (value instanceof Y.Array) return { array: value.toArray().map(inner) };
  if (value instanceof Y.Doc) return { subdoc: value.guid };
  if (value instanceof Y.AbstractType) return { type: [...value._map.keys()], length: value._length };
  if (value instanceof Uint8Array) return { binary: [...value] };
  if (Array.isArray(value)) return value.map(inner);
  if (value && typeof value === 'object') return dumpRecord(value as Record<string, unknown>);
  return value;
}

function dumpDoc(doc: Y.Doc): string {
  // A document loaded from bytes knows its roots' types only once asked for them.
  getMetaMap(doc);
  getOrderArray(doc);
  getParagraphMap(doc);
  getProposalsMap(doc);
  const roots = [...doc.share.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(roots.map(([name, type]) => [name, dump(type)]));
}

/** A value about to be written, without reading a shared type before it is integrated (Yjs warns). */
function describeValue(value: unknown): string {
  if (value instanceof Y.AbstractType || value instanceof Y.Doc || value instanceof Uint8Array) return value.constructor.name;
  return JSON.stringify(value)?.slice(0, 80) ?? String(value);
}

function describeDifference(was: string, now: string): string {
  let at = 0;
  while (at < was.length && was[at] === now[at]) at++;
  const from = Math.max(0, at - 100);
  return `was …${was.slice(from, at + 200)}…\n    now …${now.slice(from, at + 200)}…`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

// ---------------------------------------------------------------------------
// Operations

/** What the current operation chose, for the failure trail. */
let details: string[] = [];
function note(detail: string): void {
  details.push(detail);
}

type Label = 'legit' | 'hostile' | 'chaos';
/** What the judge must say: legit operations are predicted from the server's state and the sender's rights. */
type Expectation = 'accept' | 'refuse' | 'either';

interface Prepared {
  /** Or, for edits whose verdict depends on which paragraphs they really change (frozen ones), a prediction from those. */
  expect: Expectation | ((touched: () => readonly string[]) => Expectation);
  run: () => void;
}

interface Context {
  rng: Random;
  client: Client;
  server: Y.Doc;
}

interface OpKind {
  kind: string;
  label: Label;
  weight: number;
  /** null when the operation does not apply to this replica now. */
  make: (context: Context) => Prepared | null;
}

/**
 * The server's verdict on a change to the text or structure, predicted from the
 * permission table and the server's state, given the paragraphs the update
 * really changes (a split at the very end, for one, leaves its paragraph alone).
 */
function predictEdit(
  context: Context,
  needs: { status?: boolean; frozen?: boolean } = {},
  /** Paragraphs written to even when the value stays the same (a field set again). */
  writes: readonly string[] = [],
): (touched: () => readonly string[]) => Expectation {
  const { who } = context.client;
  const { server } = context;
  return (changed) => {
    if (who.readOnly) return 'refuse';
    if (readDraftMode(server) === 'negotiation' && who.role !== 'facilitator') return 'refuse';
    if (needs.status && !can(who.role, 'draft:set-status')) return 'refuse';
    if (needs.frozen && !can(who.role, 'draft:freeze')) return 'refuse';
    if (who.role === 'facilitator') return 'accept';
    const paragraphs = getParagraphMap(server);
    if (![...paragraphs.values()].some((paragraph) => paragraph instanceof Y.Map && paragraph.get(paragraphKeys.frozen) === true))
      return 'accept';
    for (const id of [...changed(), ...writes]) {
      const paragraph = paragraphs.get(id);
      if (paragraph instanceof Y.Map && paragraph.get(paragraphKeys.frozen) === true) return 'refuse';
    }
    return 'accept';
  };
}

function dumpParagraphs(doc: Y.Doc): Map<string, string> {
  return new Map([...getParagraphMap(doc).entries()].map(([id, paragraph]) => [id, JSON.stringify(dump(paragraph))]));
}

/** The paragraphs (of the server's draft, given as its state and paragraphs) an update would change, found by applying it to a copy. */
function findTouchedParagraphs(state: Uint8Array, before: Map<string, string>, update: Uint8Array): string[] {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, state);
  Y.applyUpdate(copy, update);
  const after = dumpParagraphs(copy);
  copy.destroy();
  return [...before.keys()].filter((id) => before.get(id) !== after.get(id));
}

function predictProposal(context: Context, action: 'proposal:create' | 'proposal:support' | 'proposal:decide'): Expectation {
  const { who } = context.client;
  return !who.readOnly && can(who.role, action) ? 'accept' : 'refuse';
}

/** As the editor does it: the paragraph's ProseMirror document, a transform of it, and the binding writing the difference back. */
function editorEdit(context: Context, edit: (tr: Transform, schema: Schema, paragraph: ParagraphTarget) => boolean): Prepared | null {
  const { rng, client } = context;
  const paragraphs = listParagraphs(client.doc);
  if (paragraphs.length === 0) return null;
  const paragraph = rng.pick(paragraphs);
  const schema = getEditorSchema();
  let init: ReturnType<typeof initProseMirrorDoc>;
  try {
    init = initProseMirrorDoc(paragraph.fragment, schema);
  } catch {
    // This client's own copy holds leftovers of its hostile updates that the server discarded (their parent was
    // already deleted there); a browser could not be editing it. What matters, the server's state, is checked
    // after every update.
    return null;
  }
  const { doc: before, meta } = init;
  const tr = new Transform(before);
  try {
    if (!edit(tr, schema, paragraph) || !tr.docChanged) return null;
    tr.doc.check();
  } catch {
    return null; // not a state the editor could reach
  }
  return {
    expect: predictEdit(context),
    run: () => client.doc.transact(() => updateYFragment(client.doc, paragraph.fragment, tr.doc, meta), ySyncPluginKey),
  };
}

function inlinePositions(doc: PmNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let i = 0; i <= node.content.size; i++) positions.push(pos + 1 + i);
    return false;
  });
  return positions;
}

function randomMarks(rng: Random, schema: Schema) {
  const marks = [];
  if (rng.chance(0.3)) marks.push(schema.marks.italic!.create());
  if (rng.chance(0.2)) marks.push(schema.marks.bold!.create());
  return marks;
}

function randomRange(rng: Random, doc: PmNode): [number, number] | null {
  const positions = inlinePositions(doc);
  if (positions.length === 0) return null;
  const a = rng.pick(positions);
  const b = rng.chance(0.8) ? Math.min(a + rng.range(1, 12), positions.at(-1)!) : rng.pick(positions);
  const [from, to] = a <= b ? [a, b] : [b, a];
  return from === to ? null : [from, to];
}

function acceptedProposals(doc: Y.Doc): { id: string; delegation: string }[] {
  return listProposalIds(doc)
    .filter((id) => proposalStatusOn(doc, id) === 'accepted')
    .map((id) => ({ id, delegation: String(getProposalsMap(doc).get(id)!.get(proposalKeys.delegation)) }));
}

/** Runs a structural change as the drafting room does: its own undo step, from the room's origin. */
function local(client: Client, change: () => void): () => void {
  return () => {
    client.undo.stopCapturing();
    client.doc.transact(change, localOrigin);
    client.undo.stopCapturing();
  };
}

const legit: OpKind[] = [
  {
    kind: 'type',
    label: 'legit',
    weight: 10,
    make: (context) =>
      editorEdit(context, (tr, schema) => {
        const positions = inlinePositions(tr.doc);
        if (positions.length === 0) {
          tr.insert(0, schema.nodes.paragraph!.create(null, schema.text(context.rng.word())));
          return true;
        }
        tr.insert(context.rng.pick(positions), schema.text(context.rng.word(), randomMarks(context.rng, schema)));
        return true;
      }),
  },
  {
    kind: 'delete-text',
    label: 'legit',
    weight: 6,
    make: (context) =>
      editorEdit(context, (tr) => {
        const range = randomRange(context.rng, tr.doc);
        if (!range) return false;
        tr.delete(...range);
        return true;
      }),
  },
  {
    kind: 'italic-bold',
    label: 'legit',
    weight: 5,
    make: (context) =>
      editorEdit(context, (tr, schema) => {
        const range = randomRange(context.rng, tr.doc);
        if (!range) return false;
        const mark = context.rng.pick([schema.marks.italic!, schema.marks.bold!]);
        if (context.rng.chance(0.35)) tr.removeMark(range[0], range[1], mark);
        else tr.addMark(range[0], range[1], mark.create());
        return true;
      }),
  },
  {
    kind: 'footnote',
    label: 'legit',
    weight: 3,
    make: (context) =>
      editorEdit(context, (tr, schema) => {
        const footnotes: number[] = [];
        tr.doc.descendants((node, pos) => {
          if (node.type.name === 'footnote') footnotes.push(pos);
        });
        if (footnotes.length > 0 && context.rng.chance(0.4)) {
          tr.setNodeMarkup(context.rng.pick(footnotes), undefined, { note: `See ${context.rng.word()}.` });
          return true;
        }
        const positions = inlinePositions(tr.doc);
        if (positions.length === 0) return false;
        tr.insert(context.rng.pick(positions), schema.nodes.footnote!.create({ note: `A/RES/${context.rng.range(1, 80)}/1.` }));
        return true;
      }),
  },
  {
    kind: 'hard-break',
    label: 'legit',
    weight: 2,
    make: (context) =>
      editorEdit(context, (tr, schema) => {
        const positions = inlinePositions(tr.doc);
        if (positions.length === 0) return false;
        tr.insert(context.rng.pick(positions), schema.nodes.hardBreak!.create());
        return true;
      }),
  },
  {
    kind: 'split-block',
    label: 'legit',
    weight: 1,
    make: (context) =>
      editorEdit(context, (tr) => {
        const positions = inlinePositions(tr.doc).filter((pos) => canSplit(tr.doc, pos));
        if (positions.length === 0) return false;
        tr.split(context.rng.pick(positions));
        return true;
      }),
  },
  {
    kind: 'paste-attributed',
    label: 'legit',
    weight: 2,
    make: (context) => {
      const accepted = acceptedProposals(context.client.doc);
      if (accepted.length === 0) return null;
      const { id, delegation } = context.rng.pick(accepted);
      return editorEdit(context, (tr, schema) => {
        const positions = inlinePositions(tr.doc);
        if (positions.length === 0) return false;
        const mark = schema.marks.attribution!.create({ proposalId: id, delegation });
        tr.insert(context.rng.pick(positions), schema.text(context.rng.word(), [mark]));
        return true;
      });
    },
  },
  {
    kind: 'split-paragraph',
    label: 'legit',
    weight: 3,
    make: ({ rng, client, server }) => {
      const paragraphs = listParagraphs(client.doc);
      if (paragraphs.length === 0) return null;
      const { id, fragment } = rng.pick(paragraphs);
      const offset = rng.int(readFragmentText(fragment).length + 1);
      return { expect: predictEdit({ rng, client, server }), run: local(client, () => void splitParagraph(client.doc, id, offset)) };
    },
  },
  {
    kind: 'merge-paragraphs',
    label: 'legit',
    weight: 3,
    make: ({ rng, client, server }) => {
      const order = readParagraphOrder(client.doc);
      if (order.length < 2) return null;
      const index = rng.range(1, order.length - 1);
      const [first, second] = [order[index - 1]!, order[index]!];
      return { expect: predictEdit({ rng, client, server }), run: local(client, () => mergeParagraphs(client.doc, first, second)) };
    },
  },
  {
    kind: 'insert-paragraph',
    label: 'legit',
    weight: 3,
    make: (context) => {
      const { rng, client } = context;
      const order = readParagraphOrder(client.doc);
      const kind = rng.pick(paragraphKinds);
      const lead = rng.chance(0.5) ? 'Welcomes' : undefined;
      const text = `${lead ?? ''}${lead ? ' ' : ''}${rng.word()} ${rng.word()}`;
      const facilitatorOnly = client.who.role === 'facilitator' && rng.chance(0.3);
      const status = facilitatorOnly ? rng.pick(paragraphStatuses) : 'open';
      const frozen = facilitatorOnly && rng.chance(0.5);
      return {
        expect: predictEdit(context, { status: status !== 'open', frozen }),
        run: local(client, () => {
          insertParagraph(client.doc, rng.int(order.length + 1), { kind, text, lead, depth: rng.range(1, 2), status, frozen });
        }),
      };
    },
  },
  {
    kind: 'delete-paragraph',
    label: 'legit',
    weight: 2,
    make: (context) => {
      const order = readParagraphOrder(context.client.doc);
      if (order.length <= 1) return null;
      const id = context.rng.pick(order);
      return { expect: predictEdit(context), run: local(context.client, () => deleteParagraph(context.client.doc, id)) };
    },
  },
  {
    kind: 'move-paragraph',
    label: 'legit',
    weight: 3,
    make: (context) => {
      const order = readParagraphOrder(context.client.doc);
      if (order.length < 2) return null;
      const id = context.rng.pick(order);
      const to = context.rng.int(order.length);
      return { expect: predictEdit(context), run: local(context.client, () => moveParagraph(context.client.doc, id, to)) };
    },
  },
  {
    kind: 'set-kind',
    label: 'legit',
    weight: 2,
    make: (context) => {
      const order = readParagraphOrder(context.client.doc);
      if (order.length === 0) return null;
      const id = context.rng.pick(order);
      const kind: ParagraphKind = context.rng.pick(paragraphKinds);
      const depth = context.rng.range(1, 2);
      return {
        expect: predictEdit(context, {}, [id]),
        run: local(context.client, () => setParagraphKind(context.client.doc, id, kind, depth)),
      };
    },
  },
  {
    kind: 'set-status',
    label: 'legit',
    weight: 2,
    make: (context) => {
      const order = readParagraphOrder(context.client.doc);
      if (order.length === 0) return null;
      const id = context.rng.pick(order);
      const status = context.rng.pick(paragraphStatuses);
      return {
        expect: predictEdit(context, { status: true }, [id]),
        run: local(context.client, () => setParagraphStatus(context.client.doc, id, status)),
      };
    },
  },
  {
    kind: 'set-frozen',
    label: 'legit',
    weight: 2,
    make: (context) => {
      const order = readParagraphOrder(context.client.doc);
      if (order.length === 0) return null;
      const id = context.rng.pick(order);
      const frozen = context.rng.chance(0.5);
      return {
        expect: predictEdit(context, { frozen: true }, [id]),
        run: local(context.client, () => setParagraphFrozen(context.client.doc, id, frozen)),
      };
    },
  },
  {
    kind: 'bracket',
    label: 'legit',
    weight: 1,
    make: (context) => {
      const paragraphs = listParagraphs(context.client.doc);
      if (paragraphs.length === 0) return null;
      const { id, fragment } = context.rng.pick(paragraphs);
      if (context.rng.chance(0.3)) {
        return { expect: predictEdit(context, { status: true }, [id]), run: () => bracketParagraph(context.client.doc, id) };
      }
      const length = readFragmentText(fragment).length;
      const from = context.rng.int(length + 1);
      const to = context.rng.range(from, length);
      return { expect: predictEdit(context), run: () => bracketText(context.client.doc, id, from, to) };
    },
  },
  {
    kind: 'propose',
    label: 'legit',
    weight: 3,
    make: (context) => {
      const { rng, client } = context;
      const order = readParagraphOrder(client.doc);
      if (order.length === 0) return null;
      const kind = rng.pick(proposalKinds);
      const paragraphId = rng.pick(order);
      const { who } = client;
      return {
        expect: predictProposal(context, 'proposal:create'),
        run: () =>
          void createProposal(client.doc, {
            kind,
            ...(kind === 'add' ? {} : { paragraphId }),
            text: `${rng.word()} ${rng.word()};`,
            afterParagraphId: rng.chance(0.2) ? null : rng.pick(order),
            ...(kind === 'add' && rng.chance(0.5) ? { paragraphKind: rng.pick(paragraphKinds) } : {}),
            delegation: who.delegationCode,
            delegationName: who.delegationName!,
            authorId: who.userId,
            authorName: who.userName!,
          }),
      };
    },
  },
  {
    kind: 'position',
    label: 'legit',
    weight: 3,
    make: (context) => {
      const ids = listProposalIds(context.client.doc);
      if (ids.length === 0) return null;
      const id = context.rng.pick(ids);
      const code = context.client.who.delegationCode;
      const action = context.rng.pick([supportProposal, objectToProposal, clearPosition]);
      return { expect: predictProposal(context, 'proposal:support'), run: () => action(context.client.doc, id, code) };
    },
  },
  {
    kind: 'withdraw',
    label: 'legit',
    weight: 1,
    make: (context) => {
      const { client, server } = context;
      const own = listProposalIds(client.doc).filter(
        (id) =>
          proposalStatusOn(client.doc, id) === 'open' &&
          getProposalsMap(client.doc).get(id)!.get(proposalKeys.delegation) === client.who.delegationCode,
      );
      if (own.length === 0) return null;
      const id = context.rng.pick(own);
      const expect =
        predictProposal(context, 'proposal:create') === 'accept' && proposalStatusOn(server, id) === 'open' ? 'accept' : 'refuse';
      return { expect, run: () => withdrawProposal(client.doc, id) };
    },
  },
  {
    kind: 'decide',
    label: 'legit',
    weight: 3,
    make: (context) => {
      const { rng, client, server } = context;
      const open = listProposalIds(client.doc).filter((id) => proposalStatusOn(client.doc, id) === 'open');
      if (open.length === 0) return null;
      const id = rng.pick(open);
      const accept = rng.chance(0.6);
      const expect =
        predictProposal(context, 'proposal:decide') === 'accept' && proposalStatusOn(server, id) === 'open' ? 'accept' : 'refuse';
      const decidedBy = client.who.userId;
      return {
        expect,
        run: local(client, () => (accept ? acceptProposal(client.doc, id, { decidedBy }) : rejectProposal(client.doc, id, { decidedBy }))),
      };
    },
  },
  {
    kind: 'set-mode',
    label: 'legit',
    weight: 1,
    make: (context) => {
      const mode = readDraftMode(context.client.doc) === 'negotiation' ? 'drafting' : 'negotiation';
      // The facilitator switches back more eagerly than into negotiation, so most of the run is drafting.
      if (mode === 'negotiation' && context.rng.chance(0.5)) return null;
      const expect = context.client.who.role === 'facilitator' && !context.client.who.readOnly ? 'accept' : 'refuse';
      return { expect, run: () => setDraftMode(context.client.doc, mode) };
    },
  },
  {
    kind: 'undo-redo',
    label: 'legit',
    weight: 2,
    // Undo replays whatever the stack holds against a document others have changed since: any verdict, but never harm.
    make: ({ rng, client }) => ({ expect: 'either', run: () => void (rng.chance(0.7) ? client.undo.undo() : client.undo.redo()) }),
  },
];

// --- Hostile operations: each is something no editor writes, and must be refused.

/** A paragraph to attack: an existing one, or (sometimes) one made in the same update so the attack arrives fresh. */
function hostileTarget(rng: Random, doc: Y.Doc, allowFresh: boolean): () => ParagraphTarget | null {
  const existing = listParagraphs(doc);
  if (existing.length === 0 && !allowFresh) return () => null;
  const fresh = allowFresh && (existing.length === 0 || rng.chance(0.25));
  note(fresh ? 'in a new paragraph' : 'in an existing paragraph');
  const pick = fresh ? null : rng.pick(existing);
  const at = rng.int(existing.length + 1);
  return () => {
    if (pick) return pick;
    const id = insertParagraph(doc, at, { kind: 'operative', text: 'Fresh words' });
    const map = getParagraphMap(doc).get(id)!;
    return { id, map, fragment: map.get(paragraphKeys.content) as Y.XmlFragment };
  };
}

function firstBlock(fragment: Y.XmlFragment): Y.XmlElement {
  const block = listBlocks(fragment)[0];
  if (block) return block;
  const made = new Y.XmlElement('paragraph');
  fragment.insert(0, [made]);
  return made;
}

function firstText(block: Y.XmlElement): Y.XmlText {
  const text = block.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText);
  if (text) return text;
  const made = new Y.XmlText();
  block.insert(0, [made]);
  made.insert(0, 'words');
  return made;
}

/** A hostile operation on a paragraph's text: the target is resolved inside the update's transaction. */
function hostileOnParagraph(
  kind: string,
  weight: number,
  attack: (rng: Random, target: ParagraphTarget, doc: Y.Doc) => void,
  options: { fresh: boolean } = { fresh: true },
): OpKind {
  return {
    kind,
    label: 'hostile',
    weight,
    make: ({ rng, client }) => {
      const target = hostileTarget(rng, client.doc, options.fresh);
      return {
        expect: 'refuse',
        run: () =>
          client.doc.transact(() => {
            const resolved = target();
            if (resolved) attack(rng, resolved, client.doc);
          }),
      };
    },
  };
}

function hostile(kind: string, weight: number, attack: (rng: Random, doc: Y.Doc, who: ConnectionIdentity) => boolean | void): OpKind {
  return {
    kind,
    label: 'hostile',
    weight,
    make: ({ rng, client }) => ({ expect: 'refuse', run: () => client.doc.transact(() => void attack(rng, client.doc, client.who)) }),
  };
}

function randomScalar(rng: Random): unknown {
  return rng.pick<unknown>(['x', '', 0, -1, 3.5, true, false, null, [], [1, 'a'], { a: 1 }, { nested: { deeper: [1] } }]);
}

/**
 * Writes a struct with any kind of content (the API only writes ContentAny,
 * strings into text and types): under a key of a map-like type, or at the end
 * of a list-like one. A hand-made update can hold exactly this.
 */
function writeRawItem(doc: Y.Doc, parent: Y.AbstractType<any>, key: string | null, content: unknown): void {
  doc.transact((transaction) => {
    let left: Y.Item | null = null;
    if (key !== null) left = parent._map.get(key) ?? null;
    else for (let item = parent._start; item; item = item.right) left = item;
    const id = Y.createID(doc.clientID, Y.getState(doc.store, doc.clientID));
    new Y.Item(id, left, left && left.lastId, null, null, parent, key, content as never).integrate(transaction, 0);
  });
}

function randomContent(rng: Random): unknown {
  return rng.pick<() => unknown>([
    () => new Y.ContentString(rng.pick([...paragraphKinds, ...paragraphStatuses, 'EU', 'open', 'accepted', rng.word()])),
    () =>
      new Y.ContentJSON([rng.pick<unknown>([...paragraphKinds, ...paragraphStatuses, true, 1, 2, null, { documentId: 'd' }, rng.word()])]),
    () => new Y.ContentAny([rng.pick<unknown>(['operative', 'x', 1]), rng.pick<unknown>(['open', 'heading', true])]),
    () => new Y.ContentEmbed({ [rng.pick(['documentId', 'image', 'a'])]: rng.pick<unknown>(['x', 1, { deep: true }]) }),
    () => new Y.ContentBinary(new Uint8Array(rng.int(3))),
    () => new Y.ContentFormat(rng.pick(['italic', 'bold', 'attribution', 'x']), rng.pick<object>([{}, { proposalId: 'q' }])),
    () => new Y.ContentDeleted(1),
  ])();
}

/** Inserts into a list type regardless of what its TypeScript signature allows, as a crafted client could. */
function rawInsert(type: Y.AbstractType<any>, index: number, values: unknown[]): void {
  (type as unknown as { insert(index: number, values: unknown[]): void }).insert(index, values);
}

function textAndRange(rng: Random, target: ParagraphTarget): { text: Y.XmlText; index: number; length: number } {
  const text = firstText(firstBlock(target.fragment));
  const index = rng.int(Math.max(1, text.length));
  return { text, index, length: Math.max(1, Math.min(text.length - index, rng.range(1, 8))) };
}

const hostileOps: OpKind[] = [
  hostileOnParagraph('text-in-fragment', 2, (rng, { fragment }) => {
    const text = rng.chance(0.7) ? new Y.XmlText(rng.word()) : new Y.Text(rng.word());
    fragment.insert(rng.int(fragment.length + 1), [text as Y.XmlText]);
  }),
  hostileOnParagraph('nested-block', 2, (rng, { fragment }) => {
    const block = firstBlock(fragment);
    const inner = new Y.XmlElement('paragraph');
    inner.insert(0, [new Y.XmlText(rng.word())]);
    if (rng.chance(0.5)) block.insert(rng.int(block.length + 1), [inner]);
    else {
      // The same, arriving inside a new block.
      const outer = new Y.XmlElement('paragraph');
      outer.insert(0, [inner]);
      fragment.insert(rng.int(fragment.length + 1), [outer]);
    }
  }),
  hostileOnParagraph('deep-nesting', 1, (rng, { fragment }) => {
    let top = new Y.XmlElement(rng.pick(['paragraph', 'footnote', 'div']));
    const chain = [top];
    for (let depth = rng.range(2, 40); depth > 0; depth--) {
      const child = new Y.XmlElement(rng.pick(['paragraph', 'footnote', 'hardBreak']));
      top.insert(0, [child]);
      top = child;
      chain.push(child);
    }
    top.insert(0, [new Y.XmlText('bottom')]);
    if (rng.chance(0.5)) fragment.insert(0, [chain[0]!]);
    else firstBlock(fragment).insert(0, [chain[0]!]);
  }),
  hostileOnParagraph('unknown-element', 2, (rng, { fragment }) => {
    const name = rng.pick(['heading', 'image', 'div', 'script', 'doc', 'text', 'bulletList', 'listItem', 'blockquote', rng.name()]);
    const element = rng.chance(0.15) ? new Y.XmlHook(name) : new Y.XmlElement(name);
    if (rng.chance(0.5)) fragment.insert(rng.int(fragment.length + 1), [element as Y.XmlElement]);
    else firstBlock(fragment).insert(0, [element as Y.XmlElement]);
  }),
  hostileOnParagraph('misplaced-node', 1, (rng, { fragment }) => {
    // Inline atoms straight in the fragment, or a block inside an atom.
    if (rng.chance(0.6)) {
      const atom = new Y.XmlElement(rng.pick(['footnote', 'hardBreak']));
      fragment.insert(rng.int(fragment.length + 1), [atom]);
    } else {
      const atom = new Y.XmlElement('footnote');
      firstBlock(fragment).insert(0, [atom]);
      atom.insert(0, [new Y.XmlElement('paragraph')]);
    }
  }),
  hostileOnParagraph('atom-content', 1, (rng, { fragment }) => {
    const block = firstBlock(fragment);
    const existing = block.toArray().find((child): child is Y.XmlElement => child instanceof Y.XmlElement);
    const atom = existing && rng.chance(0.5) ? existing : new Y.XmlElement(rng.pick(['footnote', 'hardBreak']));
    if (atom !== existing) block.insert(block.length, [atom]);
    atom.insert(0, [new Y.XmlText(rng.word())]);
  }),
  hostileOnParagraph('unknown-mark', 2, (rng, target) => {
    const { text, index, length } = textAndRange(rng, target);
    const key = rng.pick(['underline', 'strike', 'link', 'code', 'paragraph', 'footnote', 'italic--x1', rng.name()]);
    const value = rng.pick<unknown>([{}, true, 'x', 0, { href: 'http://x' }]);
    if (rng.chance(0.5)) text.format(index, length, { [key]: value });
    else text.insert(index, rng.word(), { [key]: value });
  }),
  hostileOnParagraph('bad-mark-attribute', 2, (rng, target) => {
    const { text, index, length } = textAndRange(rng, target);
    const accepted = acceptedProposals(target.map.doc!)[0];
    const format = rng.pick<Record<string, unknown>>([
      { italic: { colour: 'red' } },
      { bold: { weight: 900 } },
      { italic: true },
      { bold: 'yes' },
      { italic: 1 },
      { bold: ['x'] },
      { bold: { [rng.name()]: null } },
      { italic: { nested: { a: 1 } } },
      ...(accepted ? [{ attribution: { proposalId: accepted.id, delegation: accepted.delegation, extra: 1 } }] : []),
      ...(accepted ? [{ attribution: { proposalId: { id: accepted.id }, delegation: accepted.delegation } }] : []),
    ]);
    if (rng.chance(0.5)) text.format(index, length, format);
    else text.insert(index, rng.word(), format);
  }),
  hostileOnParagraph('forged-attribution', 3, (rng, target, doc) => {
    const { text, index, length } = textAndRange(rng, target);
    const proposals = getProposalsMap(doc);
    const ids = listProposalIds(doc);
    const notAccepted = ids.filter((id) => proposalStatusOn(doc, id) !== 'accepted');
    const accepted = acceptedProposals(doc);
    const options: Record<string, unknown>[] = [
      { proposalId: `q${rng.name()}`, delegation: 'EU' },
      { proposalId: 42, delegation: 'EU' },
      { proposalId: null, delegation: null },
      {},
    ];
    for (const id of notAccepted) options.push({ proposalId: id, delegation: proposals.get(id)!.get(proposalKeys.delegation) });
    for (const { id, delegation } of accepted) {
      options.push({ proposalId: id, delegation: delegation === 'EU' ? 'COL' : 'EU' });
      options.push({ proposalId: id });
    }
    const value = rng.pick(options);
    if (rng.chance(0.5)) text.format(index, length, { attribution: value });
    else text.insert(index, rng.word(), { attribution: value });
  }),
  hostileOnParagraph('node-attribute', 2, (rng, { fragment }) => {
    const block = firstBlock(fragment);
    const value = randomScalar(rng) ?? 'x';
    const where = rng.int(4);
    if (where === 0) block.setAttribute(rng.pick(['style', 'class', 'textAlign', 'id', rng.name()]), value as string);
    else if (where === 1) {
      const atom = new Y.XmlElement(rng.pick(['footnote', 'hardBreak']));
      atom.setAttribute(rng.pick(['href', 'onclick', 'level', rng.name()]), value as string);
      block.insert(0, [atom]);
    } else if (where === 2) {
      // Set before it is integrated, as y-prosemirror builds nodes.
      const prelim = new Y.XmlElement('paragraph');
      prelim.setAttribute('data-x', 'y');
      fragment.insert(fragment.length, [prelim]);
    } else {
      const note = new Y.XmlElement('footnote');
      block.insert(0, [note]);
      note.setAttribute('note', rng.pick<unknown>([{ text: 'x' }, [1, 2], 'x'.repeat(20_001), new Y.Map(), Number.NaN]) as string);
    }
  }),
  hostileOnParagraph('text-attribute', 1, (rng, target) => {
    firstText(firstBlock(target.fragment)).setAttribute(rng.pick(['style', 'italic', rng.name()]), 'x');
  }),
  hostileOnParagraph('fragment-attribute', 1, (rng, { fragment }) => {
    // XmlFragment has no setAttribute, but nothing stops a crafted client from writing a key on it.
    const setAttribute = Y.XmlElement.prototype.setAttribute as (this: unknown, key: string, value: unknown) => void;
    setAttribute.call(fragment, rng.pick(['style', rng.name()]), 'x');
  }),
  hostileOnParagraph('embed', 2, (rng, target) => {
    const text = firstText(firstBlock(target.fragment));
    const embed = rng.pick<() => object>([
      () => ({ image: 'x.png' }),
      () => new Y.Map(),
      () => new Y.XmlElement('paragraph'),
      () => new Y.XmlText('t'),
      () => ({}),
    ])();
    text.insertEmbed(rng.int(text.length + 1), embed as Record<string, unknown>);
  }),
  hostileOnParagraph('raw-list-content', 2, (rng, { fragment }) => {
    const block = firstBlock(fragment);
    const container = rng.pick<Y.AbstractType<any>>([fragment, block]);
    const value = rng.pick<() => unknown>([
      () => 'a string',
      () => 42,
      () => true,
      () => null,
      () => ({ insert: 'x' }),
      () => new Uint8Array([1, 2, 3]),
      () => new Y.Doc(),
      () => new Y.Map(),
      () => new Y.Array(),
      () => new Y.Text('plain'),
    ])();
    rawInsert(container, rng.int(container._length + 1), [value]);
  }),
  hostile('new-root', 2, (rng, doc) => {
    const name = rng.pick(['prosemirror', 'default', 'comments', 'meta2', 'Paragraphs', rng.name()]);
    const which = rng.int(4);
    if (which === 0) doc.getMap(name).set('x', randomScalar(rng));
    else if (which === 1) doc.getArray(name).insert(0, [1, 2]);
    else if (which === 2) doc.getText(name).insert(0, 'big blob');
    else doc.getXmlFragment(name).insert(0, [new Y.XmlElement('paragraph')]);
  }),
  hostileOnParagraph('unknown-field', 2, (rng, { map }) => {
    const key = rng.pick(['colour', 'Content', 'KIND', '__proto__', 'constructor', 'toString', '', `x${rng.name()}`]);
    map.set(key, rng.chance(0.2) ? new Y.Map() : randomScalar(rng));
  }),
  hostileOnParagraph('bad-field-value', 3, (rng, { map }) => {
    const [key, value] = rng.pick<[string, () => unknown]>([
      [paragraphKeys.kind, () => rng.pick(['heading', 'Operative', '', 'subparagraph ', null, 1])],
      [paragraphKeys.status, () => rng.pick(['closed', 'AGREED', '', null, true])],
      [paragraphKeys.frozen, () => rng.pick(['true', 1, 0, null, 'no'])],
      [paragraphKeys.depth, () => rng.pick([0, 3, '1', null, 1.5, -1])],
      [paragraphKeys.source, () => rng.pick<unknown>(['a string', 7, [], null, { documentId: { x: 1 } }, { text: 'x'.repeat(20_001) }])],
      [paragraphKeys.source, () => new Y.Map()],
      [paragraphKeys.kind, () => new Y.Text('operative')],
      [paragraphKeys.status, () => new Uint8Array([1])],
    ]);
    const chosen = value();
    note(`${key} = ${describeValue(chosen)}`);
    map.set(key, chosen);
  }),
  hostileOnParagraph('delete-required', 3, (rng, { map }) => {
    for (const key of requiredKeys) if (rng.chance(0.4)) map.delete(key);
    map.delete(rng.pick(requiredKeys));
  }),
  hostileOnParagraph(
    'replace-content',
    2,
    (rng, { map }) => {
      const replacement = rng.pick<() => unknown>([
        () => {
          const fragment = new Y.XmlFragment();
          const block = new Y.XmlElement('paragraph');
          block.insert(0, [new Y.XmlText('replaced')]);
          fragment.insert(0, [block]);
          return fragment;
        },
        () => new Y.XmlElement('paragraph'),
        () => new Y.XmlText('replaced'),
        () => 'replaced',
        () => new Y.Map(),
        () => null,
      ])();
      note(`with ${describeValue(replacement)}`);
      map.set(paragraphKeys.content, replacement);
    },
    { fresh: false },
  ),
  hostileOnParagraph('empty-text', 2, (rng, { fragment }) => {
    // Every block of a text deleted (or, in a new paragraph, never there): the editor's document needs one.
    fragment.delete(0, fragment.length);
    if (rng.chance(0.3)) fragment.insert(0, [new Y.XmlText('loose')]);
  }),
  hostile('non-map-paragraph', 2, (rng, doc) => {
    const order = readParagraphOrder(doc);
    const id = order.length > 0 && rng.chance(0.5) ? rng.pick(order) : `p${rng.name()}`;
    const value = rng.pick<() => unknown>([
      () => 'a paragraph',
      () => 12,
      () => null,
      () => ['content'],
      () => ({ content: 'x', kind: 'operative' }),
      () => new Y.Array(),
      () => new Y.Text('x'),
      () => new Y.XmlFragment(),
      () => new Y.XmlElement('paragraph'),
      () => new Uint8Array([9]),
      () => new Y.Doc(),
    ])();
    getParagraphMap(doc).set(id, value as Y.Map<unknown>);
    if (rng.chance(0.5)) getOrderArray(doc).push([id]);
  }),
  hostile('incomplete-paragraph', 3, (rng, doc) => {
    // A new paragraph map that lacks a field its readers need (or brings a wrong one).
    const id = `p${rng.name()}`;
    const map = new Y.Map<unknown>();
    getParagraphMap(doc).set(id, map);
    const fields: [string, () => unknown][] = [
      [paragraphKeys.kind, () => 'operative'],
      [paragraphKeys.status, () => 'open'],
      [paragraphKeys.frozen, () => false],
      [
        paragraphKeys.content,
        () => {
          const fragment = new Y.XmlFragment();
          const block = new Y.XmlElement('paragraph');
          block.insert(0, [new Y.XmlText('new words')]);
          fragment.insert(0, [block]);
          return fragment;
        },
      ],
    ];
    const missing = rng.pick(fields.map(([key]) => key));
    note(`without ${missing}`);
    for (const [key, make] of fields) if (key !== missing) map.set(key, make());
    getOrderArray(doc).push([id]);
  }),
  hostile('non-string-order', 2, (rng, doc) => {
    const value = rng.pick<() => unknown>([
      () => 42,
      () => null,
      () => true,
      () => ({ id: 'p1' }),
      () => ['p1'],
      () => new Uint8Array([1]),
      () => new Y.Map(),
      () => new Y.Doc(),
      () => new Y.Text('p1'),
    ])();
    const order = getOrderArray(doc);
    rawInsert(order, rng.int(order.length + 1), [value]);
  }),
  hostile('subdoc-or-binary', 2, (rng, doc) => {
    const value = rng.chance(0.5) ? new Y.Doc() : new Uint8Array([0, 1, 2, 255]);
    const order = readParagraphOrder(doc);
    const where = rng.int(4);
    if (where === 0 && order.length > 0) {
      getParagraphMap(doc)
        .get(rng.pick(order))!
        .set(rng.pick([paragraphKeys.source, paragraphKeys.kind, 'blob']), value);
    } else if (where === 1) getProposalsMap(doc).set(`q${rng.name()}`, value as unknown as Y.Map<unknown>);
    else if (where === 2) getMetaMap(doc).set(rng.pick(['title', 'attachment']), value);
    else rawInsert(getOrderArray(doc), 0, [value]);
  }),
  hostileOnParagraph(
    'string-struct',
    2,
    (rng, { map }, doc) => {
      // A valid word written as a string struct under a key reads back as its last character ('operative' as 'e').
      const [key, values] = rng.pick<[string, readonly string[]]>([
        [paragraphKeys.kind, paragraphKinds],
        [paragraphKeys.status, paragraphStatuses],
      ]);
      writeRawItem(doc, map, key, new Y.ContentString(rng.pick(values)));
    },
    { fresh: false },
  ),
  hostile('meta-field', 1, (rng, doc) => {
    const meta = getMetaMap(doc);
    const key = rng.pick(['title', 'body', 'chapeau', 'baseDraftId', 'baseDocumentId', rng.name()]);
    if (rng.chance(0.2)) meta.delete('title');
    else meta.set(key, rng.chance(0.2) ? new Y.Map() : 'Hijacked');
  }),
  hostile('mode', 1, (rng, doc, who) => {
    const meta = getMetaMap(doc);
    if (who.role === 'facilitator') meta.set('mode', rng.pick(['anarchy', '', 1, null, 'Negotiation']));
    else meta.set('mode', rng.pick(['negotiation', 'drafting']));
  }),
  hostile('proposal-forgery', 4, (rng, doc, who) => {
    const proposals = getProposalsMap(doc);
    const ids = listProposalIds(doc);
    const order = readParagraphOrder(doc);
    const other = who.delegationCode === 'EU' ? people.COL : people.EU;
    const forge = (init: Partial<Parameters<typeof createProposal>[1]>) =>
      createProposal(doc, {
        kind: 'amend',
        paragraphId: order[0],
        text: 'Forged;',
        delegation: who.delegationCode,
        delegationName: who.delegationName!,
        authorId: who.userId,
        authorName: who.userName!,
        ...init,
      });
    const which = rng.int(9);
    note(`variant ${which}`);
    if (order.length === 0 && which < 3) return;
    if (which === 0) forge({ delegation: other.delegationCode, delegationName: other.delegationName });
    else if (which === 1) forge({ authorId: other.userId });
    else if (which === 2) forge({ now: new Date(Date.now() - 3_600_000) });
    else if (ids.length === 0) return;
    const id = rng.pick(ids);
    const proposal = proposals.get(id)!;
    if (which === 3) {
      proposal.set(rng.pick([proposalKeys.text, proposalKeys.delegation, proposalKeys.paragraphId, proposalKeys.createdAt]), 'changed');
    } else if (which === 4) proposals.delete(id);
    else if (which === 5) proposals.set(id, new Y.Map());
    else if (which === 6) {
      const positions = proposal.get(proposalKeys.supporters) as Y.Map<unknown> | undefined;
      positions?.set(other.delegationCode, true);
    } else if (which === 7) {
      // Deciding in someone else's name, or deciding what is already decided.
      const open = proposalStatusOn(doc, id) === 'open';
      proposal.set(proposalKeys.status, rng.pick(['accepted', 'rejected']));
      proposal.set(proposalKeys.decidedBy, who.role === 'facilitator' && open ? 'u-someone-else' : who.userId);
    } else {
      proposal.set(proposalKeys.status, rng.pick(['open', 'pending', 'ACCEPTED']));
    }
  }),
];

// --- Chaos: random shared types, keys, nesting and deletions anywhere. No prediction; whatever is accepted must be harmless.

function randomStructure(rng: Random, depth: number): unknown {
  const leaf = depth <= 0 || rng.chance(0.35);
  if (leaf) {
    return rng.pick<() => unknown>([
      () => randomScalar(rng),
      () => rng.word(),
      () => new Uint8Array([rng.int(256)]),
      () => new Y.XmlText(rng.word()),
      () => new Y.XmlElement(rng.pick(['hardBreak', 'footnote'])),
      () => new Y.Text(rng.word()),
    ])();
  }
  const shape = rng.int(5);
  if (shape === 0) {
    const map = new Y.Map<unknown>();
    for (let i = rng.range(0, 3); i > 0; i--)
      map.set(rng.pick([...Object.values(paragraphKeys), rng.name()]), randomStructure(rng, depth - 1));
    return map;
  }
  if (shape === 1) {
    const array = new Y.Array<unknown>();
    array.insert(
      0,
      Array.from({ length: rng.range(0, 3) }, () => randomStructure(rng, depth - 1)),
    );
    return array;
  }
  if (shape === 2) {
    const fragment = new Y.XmlFragment();
    fragment.insert(
      0,
      Array.from({ length: rng.range(0, 2) }, () => randomElement(rng, depth - 1)),
    );
    return fragment;
  }
  return randomElement(rng, depth - 1);
}

function randomElement(rng: Random, depth: number): Y.XmlElement | Y.XmlText {
  if (depth <= 0 || rng.chance(0.3)) {
    const text = new Y.XmlText();
    const format = { [rng.pick(['italic', 'bold', 'attribution', rng.name()])]: rng.pick<unknown>([{}, true, null]) };
    text.applyDelta([{ insert: rng.word(), attributes: rng.chance(0.5) ? format : {} }]);
    return text;
  }
  const element = new Y.XmlElement(rng.pick(['paragraph', 'paragraph', 'footnote', 'hardBreak', rng.name()]));
  if (rng.chance(0.3)) element.setAttribute(rng.pick(['note', 'style']), rng.pick(['x', 'y']));
  element.insert(
    0,
    Array.from({ length: rng.range(0, 2) }, () => randomElement(rng, depth - 1)),
  );
  return element;
}

/** Every shared type in a replica's draft roots, to pick a random place from. */
function listTypes(doc: Y.Doc): Y.AbstractType<any>[] {
  const found: Y.AbstractType<any>[] = [];
  const visit = (type: Y.AbstractType<any>, depth: number) => {
    found.push(type);
    if (depth > 6) return;
    const children: unknown[] =
      type instanceof Y.Map ? [...type.values()] : type instanceof Y.Array || type instanceof Y.XmlFragment ? type.toArray() : [];
    if (type instanceof Y.XmlElement) children.push(...Object.values(type.getAttributes()));
    for (const child of children) if (child instanceof Y.AbstractType) visit(child, depth + 1);
  };
  for (const name of ['meta', 'order', 'paragraphs', 'proposals']) visit(doc.share.get(name) ?? doc.getMap(name), 0);
  return found;
}

const chaos: OpKind[] = [
  {
    kind: 'random-structure',
    label: 'chaos',
    weight: 4,
    make: ({ rng, client }) => {
      const type = rng.pick(listTypes(client.doc));
      const value = randomStructure(rng, rng.range(0, 4));
      note(`${describeValue(value)} into a ${type.constructor.name} under ${type._item?.parentSub ?? 'a list'}`);
      return {
        expect: 'either',
        run: () =>
          client.doc.transact(() => {
            if (type instanceof Y.XmlText) {
              const format = { [rng.pick(['italic', 'bold', 'attribution', rng.name()])]: randomScalar(rng) };
              if (rng.chance(0.5)) type.insert(rng.int(type.length + 1), rng.word(), format);
              else type.insertEmbed(rng.int(type.length + 1), value as Record<string, unknown>);
            } else if (type instanceof Y.Text) {
              type.insert(0, rng.word());
            } else if (type instanceof Y.Map || (type instanceof Y.XmlElement && rng.chance(0.3))) {
              const key = rng.pick([...Object.values(paragraphKeys), ...Object.values(proposalKeys), 'mode', 'title', rng.name()]);
              if (type instanceof Y.Map) type.set(key, value);
              else (type as Y.XmlElement).setAttribute(key, value as string);
            } else {
              rawInsert(type, rng.int(type._length + 1), [value]);
            }
          }),
      };
    },
  },
  {
    kind: 'random-deletion',
    label: 'chaos',
    weight: 4,
    make: ({ rng, client }) => {
      const type = rng.pick(listTypes(client.doc));
      return {
        expect: 'either',
        run: () => {
          if (type instanceof Y.Map) {
            const keys = [...type.keys()];
            if (keys.length > 0) type.delete(rng.pick(keys));
          } else if (type instanceof Y.XmlElement && rng.chance(0.3)) {
            const keys = Object.keys(type.getAttributes());
            if (keys.length > 0) type.removeAttribute(rng.pick(keys));
          } else if (type instanceof Y.Text || type instanceof Y.Array || type instanceof Y.XmlFragment) {
            const length = type.length;
            if (length > 0) {
              const index = rng.int(length);
              type.delete(index, rng.range(1, length - index));
            }
          }
        },
      };
    },
  },
];

chaos.push({
  kind: 'crafted-struct',
  label: 'chaos',
  weight: 3,
  make: ({ rng, client }) => {
    const type = rng.pick(listTypes(client.doc));
    const mapLike = type instanceof Y.Map || (type instanceof Y.XmlElement && rng.chance(0.5));
    const key = mapLike ? rng.pick([...Object.values(paragraphKeys), ...Object.values(proposalKeys), 'note', 'mode', rng.name()]) : null;
    const content = randomContent(rng);
    note(`${(content as object).constructor.name} ${key === null ? 'at the end of' : `under "${key}" of`} a ${type.constructor.name}`);
    return { expect: 'either', run: () => writeRawItem(client.doc, type, key, content) };
  },
});

const allOps: OpKind[] = [...legit, ...hostileOps, ...chaos];

// ---------------------------------------------------------------------------
// The loop

interface Tally {
  label: Label;
  tried: number;
  skipped: number;
  noop: number;
  accepted: number;
  refused: number;
  /** Refused although the prediction said accept (a legitimate operation refused), or accepted with effect although predicted refuse. */
  wrong: number;
  /** Legitimate, refused because a concurrent edit had already removed the other blocks of the same text. */
  raced: number;
}

interface FuzzResult {
  seed: number;
  steps: number;
  ms: number;
  tallies: Map<string, Tally>;
}

class FuzzFailure extends Error {}

function runFuzz(options: { seed: number; maxSteps: number; maxMs: number }): FuzzResult {
  const { seed, maxSteps, maxMs } = options;
  const rng = new Random(seed);
  const idRandom = new Random(seed ^ 0x9e3779b9);
  // Paragraph and proposal ids come from crypto.getRandomValues: seeded too, so a rerun takes the same path.
  const spy = vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    if (array) {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let i = 0; i < bytes.length; i++) bytes[i] = idRandom.int(256);
    }
    return array;
  });
  let nextClientId = 1000 + (seed % 1000);
  const trailOf = () => `last operations:\n  ${trail.slice(-12).join('\n  ')}`;
  const tallies = new Map<string, Tally>(
    allOps.map((op) => [op.kind, { label: op.label, tried: 0, skipped: 0, noop: 0, accepted: 0, refused: 0, wrong: 0, raced: 0 }]),
  );
  const trail: string[] = [];
  const started = Date.now();
  let step = 0;
  /** The server's paragraphs as plain data, until the next update is applied. */
  let paragraphDumps: Map<string, string> | undefined;
  try {
    const server = createServer(nextClientId++);
    const replica = (name: Person): Client => {
      const doc = new Y.Doc();
      doc.clientID = nextClientId++;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(server), 'server');
      return { name, who: people[name], doc, undo: createDraftUndoManager(doc) };
    };
    const clients = new Map<Person, Client>((Object.keys(people) as Person[]).map((name) => [name, replica(name)]));
    const reset = (client: Client) => {
      client.undo.destroy();
      client.doc.destroy();
      clients.set(client.name, replica(client.name));
    };
    const sync = (client: Client) => {
      Y.applyUpdate(client.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client.doc)), 'server');
    };
    const fail = (message: string): never => {
      throw new FuzzFailure(
        `FUZZ_SEED=${seed} (rerun: FUZZ_SEED=${seed} npx vitest run realtime/rules/fuzz.test.ts), step ${step}: ${message}\n${trailOf()}`,
      );
    };
    const totalWeight = allOps.reduce((sum, op) => sum + op.weight, 0);
    const pickOp = (): OpKind => {
      let roll = rng.float() * totalWeight;
      for (const op of allOps) {
        roll -= op.weight;
        if (roll < 0) return op;
      }
      return allOps.at(-1)!;
    };
    const pickClient = (): Client => {
      const roll = rng.float();
      return clients.get(roll < 0.4 ? 'EU' : roll < 0.8 ? 'CHAIR' : roll < 0.93 ? 'COL' : 'OBS')!;
    };

    for (step = 1; step <= maxSteps && Date.now() - started < maxMs; step++) {
      const client = pickClient();
      const op = pickOp();
      const tally = tallies.get(op.kind)!;
      tally.tried++;
      // Attackers are up to date; honest clients are often a few updates behind, which makes their edits concurrent.
      if (op.label === 'hostile' || rng.chance(0.6)) sync(client);
      // Keep the draft a workable size.
      if (readParagraphOrder(client.doc).length > 14 && (op.kind === 'insert-paragraph' || op.kind === 'split-paragraph')) {
        tally.skipped++;
        continue;
      }
      details = [];
      const prepared = op.make({ rng, client, server });
      if (!prepared) {
        tally.skipped++;
        continue;
      }
      let thrown: unknown;
      const update = captureUpdate(client.doc, () => {
        try {
          prepared.run();
        } catch (error) {
          thrown = error;
        }
      });
      if (rng.chance(0.5)) client.undo.stopCapturing();
      if (isEmptyUpdate(update)) {
        if (thrown) tally.skipped++;
        else tally.noop++;
        continue;
      }
      const before = Y.encodeStateAsUpdate(server);
      // An operation that threw half-way still sent what it did; nothing can be predicted about it.
      const expectation: Expectation = thrown
        ? 'either'
        : typeof prepared.expect === 'function'
          ? prepared.expect(() => findTouchedParagraphs(before, (paragraphDumps ??= dumpParagraphs(server)), update))
          : prepared.expect;
      trail.push(
        `${step} ${op.kind}${details.length > 0 ? ` [${details.join('; ')}]` : ''} (${op.label}, expect ${expectation}) by ${client.name}`,
      );

      const refusal = judgeUpdate(server, update, client.who);
      if (!sameBytes(before, Y.encodeStateAsUpdate(server))) fail(`judging ${op.kind} changed the server's document`);

      if (refusal) {
        tally.refused++;
        trail[trail.length - 1] += ` → refused (${refusal.rule}: ${refusal.reason})`;
        if (expectation === 'accept' && leavesTextEmpty(server, update)) {
          // Two honest edits raced to remove a text's last blocks: the second is refused, which is right.
          tally.raced++;
        } else if (expectation === 'accept') {
          tally.wrong++;
          fail(`the legitimate operation ${op.kind} by ${client.name} was refused: ${refusal.rule}: ${refusal.reason}`);
        }
        // The browser whose update was refused reloads the server's state.
        reset(client);
        continue;
      }

      tally.accepted++;
      trail[trail.length - 1] += ' → accepted';
      Y.applyUpdate(server, update, 'client');
      paragraphDumps = undefined;
      if (expectation === 'refuse' || op.label === 'hostile') {
        const prior = new Y.Doc();
        Y.applyUpdate(prior, before);
        const [was, now] = [dumpDoc(prior), dumpDoc(server)];
        if (was !== now) {
          tally.wrong++;
          const who = `${client.name} (${client.who.role})`;
          fail(`the ${op.label} operation ${op.kind} by ${who} was accepted and changed the draft:\n    ${describeDifference(was, now)}`);
        }
      }
      checkSavable(server, fail);
      // What the server discarded (content under a parent it had already deleted) stays live in the sender's own copy
      // until it catches up; an honest editor never holds such content, so the sender of an odd update starts over.
      if (op.label !== 'legit') reset(client);
    }
  } catch (error) {
    if (error instanceof FuzzFailure) throw error;
    throw new Error(`FUZZ_SEED=${seed} step ${step}: ${(error as Error).stack ?? String(error)}\n${trailOf()}`);
  } finally {
    spy.mockRestore();
  }
  return { seed, steps: step - 1, ms: Date.now() - started, tallies };
}

/** Whether applying the update would leave some paragraph's text with no block at all. */
function leavesTextEmpty(server: Y.Doc, update: Uint8Array): boolean {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
  Y.applyUpdate(copy, update);
  const empty = [...getParagraphMap(copy).values()].some((paragraph) => {
    const content = paragraph instanceof Y.Map ? paragraph.get(paragraphKeys.content) : undefined;
    return content instanceof Y.XmlFragment && content.length === 0;
  });
  copy.destroy();
  return empty;
}

/** What every accepted update must leave: a draft that is valid, saves, reloads the same and renders in the editor. */
function checkSavable(server: Y.Doc, fail: (message: string) => never): void {
  const notes = repairDraftDoc(server, { fix: false });
  if (notes.length > 0) fail(`an accepted update left content the load-time repair would change:\n    ${notes.join('\n    ')}`);
  const state = Y.encodeStateAsUpdate(server);
  let snapshot: ReturnType<typeof readDraftSnapshot>;
  let records: ReturnType<typeof readProposalRecords>;
  try {
    // What the persistence writes: the snapshot's rows (content as JSON), the proposal rows and the state.
    snapshot = readDraftSnapshot(server);
    records = readProposalRecords(server);
    JSON.stringify(snapshot.paragraphs.map((paragraph) => paragraph.content));
  } catch (error) {
    fail(`the draft no longer saves: ${(error as Error).message}`);
  }
  const schema = getEditorSchema();
  for (const [id, paragraph] of getParagraphMap(server).entries()) {
    const content = paragraph instanceof Y.Map ? paragraph.get(paragraphKeys.content) : undefined;
    if (!(content instanceof Y.XmlFragment)) fail(`paragraph ${id} has no text fragment`);
    try {
      schema.nodeFromJSON(readFragmentJson(content as Y.XmlFragment)).check();
    } catch (error) {
      fail(`paragraph ${id} does not render to the editor schema: ${(error as Error).message}`);
    }
  }
  // Rendering drops what the schema cannot hold by deleting it from the document: it must have found nothing to drop.
  if (!sameBytes(state, Y.encodeStateAsUpdate(server))) {
    const saved = new Y.Doc();
    Y.applyUpdate(saved, state);
    fail(`saving or rendering the draft changed it:\n    ${describeDifference(dumpDoc(saved), dumpDoc(server))}`);
  }
  const copy = new Y.Doc();
  Y.applyUpdate(copy, state);
  const [saved, reloaded] = [JSON.stringify([snapshot, records]), JSON.stringify([readDraftSnapshot(copy), readProposalRecords(copy)])];
  if (saved !== reloaded) fail(`the reloaded draft differs from the saved one:\n    ${describeDifference(saved, reloaded)}`);
  copy.destroy();
}

function pad(count: number): string {
  return String(count).padStart(4);
}

function report(label: string, result: FuzzResult): void {
  const rows = [...result.tallies.entries()]
    .filter(([, tally]) => tally.tried > 0)
    .map(([kind, t]) => {
      const counts = `tried ${pad(t.tried)}  accepted ${pad(t.accepted)}  refused ${pad(t.refused)}  noop ${pad(t.noop)}  skipped ${pad(t.skipped)}`;
      return `  ${t.label.padEnd(7)} ${kind.padEnd(20)} ${counts}${t.raced ? `  raced ${t.raced}` : ''}`;
    });
  console.log(`${label}: FUZZ_SEED=${result.seed}, ${result.steps} steps in ${result.ms} ms\n${rows.join('\n')}`);
}

function checkOutcome(result: FuzzResult): void {
  const byLabel = (label: Label) => [...result.tallies.values()].filter((tally) => tally.label === label);
  const message = `FUZZ_SEED=${result.seed}`;
  // The rules must let honest work through, or refusing everything would pass.
  expect(
    byLabel('legit').reduce((sum, tally) => sum + tally.accepted, 0),
    message,
  ).toBeGreaterThan(0);
  expect(
    byLabel('hostile').reduce((sum, tally) => sum + tally.refused, 0),
    message,
  ).toBeGreaterThan(0);
  for (const [kind, tally] of result.tallies) {
    if (tally.label === 'hostile') expect(tally.accepted, `${message}: hostile ${kind} accepted`).toBe(0);
    expect(tally.wrong, `${message}: ${kind}`).toBe(0);
  }
}

function readSeed(): number {
  const fromEnv = process.env.FUZZ_SEED;
  if (fromEnv !== undefined && fromEnv !== '') {
    const seed = Number(fromEnv);
    if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not "${fromEnv}".`);
    return seed >>> 0;
  }
  // CI runs a pinned path (see the test below) so that a new finding turns up on a developer's machine, not as a red
  // build for everyone; the finding is then rerun with its FUZZ_SEED and fixed.
  if (process.env.CI) return 7;
  return Math.floor(Math.random() * 2 ** 32);
}

describe('fuzzing the judge with the draft model (issue 11)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a fixed seed: the same path on every run', () => {
    const result = runFuzz({ seed: 20_251_126, maxSteps: 300, maxMs: Number.POSITIVE_INFINITY });
    report('fixed', result);
    expect(result.steps).toBe(300);
    checkOutcome(result);
    // The path covers both sides of the judge for most kinds of operation.
    const kinds = (label: Label, outcome: 'accepted' | 'refused') =>
      [...result.tallies.values()].filter((tally) => tally.label === label && tally[outcome] > 0).length;
    expect(kinds('legit', 'accepted')).toBeGreaterThanOrEqual(15);
    expect(kinds('legit', 'refused')).toBeGreaterThanOrEqual(8);
    expect(kinds('hostile', 'refused')).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('a random seed for a bounded time: every accepted update saves, reloads and renders; every refused one changes nothing', () => {
    const seed = readSeed();
    console.log(`fuzz: FUZZ_SEED=${seed}`);
    // In CI a fixed number of steps, not a time budget, so the pinned path is the same on any machine.
    const maxMs = Number(process.env.FUZZ_MS ?? (process.env.CI ? Number.POSITIVE_INFINITY : 3_000));
    const maxSteps = Number(process.env.FUZZ_STEPS ?? (process.env.CI ? 1_500 : 3_000));
    const result = runFuzz({ seed, maxSteps, maxMs });
    report('random', result);
    checkOutcome(result);
  }, 120_000);
});
