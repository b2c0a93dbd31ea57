import type { DelegationFates, DraftProgress, StatusTally } from './types';

export interface DraftProgressEntry {
  draftId: string;
  title: string;
  progress: DraftProgress;
}

export interface NegotiationProgress {
  status: StatusTally;
  /** Each draft's bar, in the order given. */
  drafts: { draftId: string; title: string; status: StatusTally; brackets: number; alternatives: number }[];
  delegations: DelegationFates[];
}

/** A negotiation's drafts summed: paragraphs by status, each draft's bar and each delegation's proposals across drafts. */
export function sumNegotiationProgress(entries: readonly DraftProgressEntry[]): NegotiationProgress {
  const status: StatusTally = { open: 0, bracketed: 0, agreedAdRef: 0, agreed: 0, total: 0 };
  const delegations = new Map<string, DelegationFates>();
  for (const { progress } of entries) {
    for (const key of Object.keys(status) as (keyof StatusTally)[]) status[key] += progress.status[key];
    for (const row of progress.delegations) {
      const sum = delegations.get(row.code) ?? { ...row, open: 0, accepted: 0, rejected: 0, withdrawn: 0, total: 0 };
      sum.open += row.open;
      sum.accepted += row.accepted;
      sum.rejected += row.rejected;
      sum.withdrawn += row.withdrawn;
      sum.total += row.total;
      delegations.set(row.code, sum);
    }
  }
  return {
    status,
    drafts: entries.map(({ draftId, title, progress }) => {
      const now = progress.timeline.at(-1);
      return { draftId, title, status: progress.status, brackets: now?.brackets ?? 0, alternatives: now?.alternatives ?? 0 };
    }),
    delegations: [...delegations.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
  };
}
