/**
 * The delegations a comment mentions ("@EU", "@g77"), as their codes on the roster, each once in order of first
 * mention. A word after "@" that is no delegation here is left as text: an e-mail address or a handle is not a mention.
 */
export function parseMentions(body: string, rosterCodes: readonly string[]): string[] {
  const byUpper = new Map(rosterCodes.map((code) => [code.toUpperCase(), code]));
  const found: string[] = [];
  for (const match of body.matchAll(/(^|[^\p{L}\p{N}_@.])@([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu)) {
    const code = byUpper.get(match[2]!.toUpperCase());
    if (code && !found.includes(code)) found.push(code);
  }
  return found;
}
