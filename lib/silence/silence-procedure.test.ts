import { describe, expect, it } from 'vitest';
import {
  applySilenceEvent,
  listPendingStatuses,
  listSilencedParagraphs,
  planSilenceOutcome,
  readParagraphIds,
  SilenceRefusal,
  startSilence,
  type SilenceProcedureState,
} from './silence-procedure';

const now = new Date('2026-11-26T17:00:00Z');
const deadline = new Date('2026-11-26T18:00:00Z');
const before = new Date('2026-11-26T17:59:59Z');

function running(): SilenceProcedureState {
  return startSilence({ paragraphIds: ['p1', 'p2', 'p1'], outcome: 'agreed-ad-ref', deadline, now });
}

/** As a row would hold it and a restarted process would read it back. */
function throughStorage(procedure: SilenceProcedureState): SilenceProcedureState {
  const row = JSON.parse(JSON.stringify({ ...procedure, paragraphIds: JSON.stringify(procedure.paragraphIds) }));
  return {
    ...row,
    paragraphIds: readParagraphIds(row.paragraphIds),
    deadline: new Date(row.deadline),
    closedAt: row.closedAt ? new Date(row.closedAt) : null,
    breaks: row.breaks.map((entry: { at: string }) => ({ ...entry, at: new Date(entry.at) })),
  };
}

describe('silence procedure', () => {
  it('starts running with each paragraph once, and refuses a deadline not in the future or no paragraph', () => {
    expect(running()).toMatchObject({ state: 'running', paragraphIds: ['p1', 'p2'] });
    expect(() => startSilence({ paragraphIds: ['p1'], outcome: 'agreed', deadline: now, now })).toThrow('must be in the future');
    expect(() => startSilence({ paragraphIds: [], outcome: 'agreed', deadline, now })).toThrow('at least one paragraph');
  });

  it('freezes the paragraphs only while running', () => {
    const procedure = running();
    expect([...listSilencedParagraphs([procedure])]).toEqual(['p1', 'p2']);
    const cancelled = applySilenceEvent(procedure, { type: 'cancel', at: before });
    expect(cancelled.state).toBe('cancelled');
    expect(listSilencedParagraphs([cancelled]).size).toBe(0);
  });

  it('adopts at the deadline with the chosen status, and not before', () => {
    expect(() => applySilenceEvent(running(), { type: 'deadline', at: before })).toThrow(SilenceRefusal);
    const adopted = applySilenceEvent(running(), { type: 'deadline', at: deadline });
    expect(adopted).toMatchObject({ state: 'adopted', closedAt: deadline });
    const plan = planSilenceOutcome(adopted);
    expect(plan.statuses).toEqual([
      { paragraphId: 'p1', status: 'agreed-ad-ref' },
      { paragraphId: 'p2', status: 'agreed-ad-ref' },
    ]);
    expect(plan.record).toBe('Adopted under silence procedure, deadline 2026-11-26T18:00:00.000Z');
  });

  it('is broken at once by a statement before the deadline, leaving the paragraphs open and naming who broke it', () => {
    const broken = applySilenceEvent(running(), { type: 'break', delegationCode: 'EU', statement: '  Pending instructions. ', at: before });
    expect(broken.state).toBe('broken');
    expect(broken.breaks).toEqual([{ delegationCode: 'EU', statement: 'Pending instructions.', at: before }]);
    const plan = planSilenceOutcome(broken);
    expect(plan.statuses).toEqual([]);
    expect(plan.record).toBe('Silence broken by EU');
    expect(() => applySilenceEvent(broken, { type: 'deadline', at: deadline })).toThrow('silence was broken');
  });

  it('refuses a break at or after the deadline, an empty or too long statement', () => {
    expect(() => applySilenceEvent(running(), { type: 'break', delegationCode: 'EU', statement: 'No', at: deadline })).toThrow(
      'deadline has passed',
    );
    expect(() => applySilenceEvent(running(), { type: 'break', delegationCode: 'EU', statement: '   ', at: before })).toThrow(
      'statement is needed',
    );
    expect(() => applySilenceEvent(running(), { type: 'break', delegationCode: 'EU', statement: 'x'.repeat(2001), at: before })).toThrow(
      'at most 2000',
    );
  });

  it('takes nothing on a closed procedure, so an event applied twice changes nothing', () => {
    const adopted = applySilenceEvent(running(), { type: 'deadline', at: deadline });
    expect(() => applySilenceEvent(adopted, { type: 'deadline', at: deadline })).toThrow('adopted');
    expect(() => applySilenceEvent(adopted, { type: 'cancel', at: deadline })).toThrow('adopted');
  });

  it('survives a restart in the middle: stored while running, read back after the deadline, adopted once', () => {
    const stored = throughStorage(running());
    expect(stored.state).toBe('running');
    const adopted = applySilenceEvent(stored, { type: 'deadline', at: new Date(deadline.getTime() + 60_000) });
    const statuses = new Map([
      ['p1', 'open'],
      ['p2', 'open'],
    ]);
    const plan = planSilenceOutcome(adopted);
    // A crash after the text changed, before the row moved: the next process plans again and finds nothing left to set.
    for (const { paragraphId, status } of listPendingStatuses(plan, (id) => statuses.get(id))) statuses.set(paragraphId, status);
    expect([...statuses.values()]).toEqual(['agreed-ad-ref', 'agreed-ad-ref']);
    const again = planSilenceOutcome(applySilenceEvent(throughStorage(running()), { type: 'deadline', at: deadline }));
    expect(listPendingStatuses(again, (id) => statuses.get(id))).toEqual([]);
    // The row moved: a third process finds it closed and takes nothing.
    expect(() => applySilenceEvent(throughStorage(adopted), { type: 'deadline', at: deadline })).toThrow(SilenceRefusal);
  });

  it('leaves out paragraphs deleted from the draft and reads a damaged id list as none', () => {
    expect(listPendingStatuses({ statuses: [{ paragraphId: 'gone', status: 'agreed' }], record: '' }, () => undefined)).toEqual([]);
    expect(readParagraphIds('not json')).toEqual([]);
  });
});
