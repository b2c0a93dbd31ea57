/** stdout is reserved for results, so `--json` output can be piped; progress and logs go to stderr. */
export function printResult(value: unknown, json: boolean, formatText: (value: never) => string): void {
  if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  else process.stdout.write(`${formatText(value as never)}\n`);
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export class UsageError extends Error {}
