import { z } from 'zod';
import { defaultDraftLimits, type DraftLimits } from '@/lib/limits/draft-limits';

const positive = z.coerce.number().positive().finite();
const schema = z.object({
  ZERO_DRAFT_MAX_DRAFT_MB: positive.optional(),
  ZERO_DRAFT_WRITE_KB_PER_MINUTE: positive.optional(),
});

/** Draft limits from the environment (README, Configuration), shared by the realtime server and the tickets the web app mints. */
export function readDraftLimits(env: Record<string, string | undefined> = process.env): DraftLimits {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${String(issue.path[0])} must be a positive number, got "${env[String(issue.path[0])]}".`);
  }
  const { ZERO_DRAFT_MAX_DRAFT_MB: draftMb, ZERO_DRAFT_WRITE_KB_PER_MINUTE: kbPerMinute } = parsed.data;
  const writeBytesPerSecond = kbPerMinute === undefined ? defaultDraftLimits.writeBytesPerSecond : Math.round((kbPerMinute * 1024) / 60);
  return {
    maxDraftBytes: draftMb === undefined ? defaultDraftLimits.maxDraftBytes : Math.round(draftMb * 1024 * 1024),
    // A burst of half a minute's budget, never less than the default: one paste of a whole resolution must pass.
    writeBurstBytes: Math.max(defaultDraftLimits.writeBurstBytes, writeBytesPerSecond * 30),
    writeBytesPerSecond,
  };
}
