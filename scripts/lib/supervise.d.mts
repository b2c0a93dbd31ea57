import type { ChildProcess } from 'node:child_process';

export interface SupervisedProcess {
  readonly child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function superviseProcess(options: {
  name: string;
  start: () => ChildProcess;
  log?: (message: string) => void;
  initialDelayMs?: number;
  maxDelayMs?: number;
  stableAfterMs?: number;
}): SupervisedProcess;
