/**
 * `type: commands` — whether the learner ran a command (a regular expression over each
 * command line typed after the set-up):
 *   { type: commands, pattern: 'kubectl\s+rollout\s+undo', expect: used }
 *   { type: commands, pattern: 'kubectl\s+delete\s+(deploy|deployment)', expect: notUsed }
 */
import { z } from 'zod';
import type { CheckType } from '../types.js';

const schema = z.object({
  pattern: z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' }),
  expect: z.enum(['used', 'notUsed']).default('used'),
  /** Count only commands that exited with status 0. */
  succeeded: z.boolean().default(false),
}).strict();

interface CommandEntry { command: string; status: number }

export const commandsCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const re = new RegExp(p.pattern);
    const hits = ctx.entries
      .filter((e) => e.type === 'command')
      .map((e) => e as unknown as CommandEntry)
      .filter((c) => re.test(c.command) && (!p.succeeded || c.status === 0));
    if (p.expect === 'used') {
      return hits.length
        ? { passed: true, message: `ran "${hits[0].command.split('\n')[0]}"` }
        : { passed: false, message: `expected a command matching /${p.pattern}/${p.succeeded ? ' that succeeded' : ''}, found none` };
    }
    return hits.length
      ? { passed: false, message: `expected no command matching /${p.pattern}/, found "${hits[0].command.split('\n')[0]}"` }
      : { passed: true, message: `no command matching /${p.pattern}/` };
  },
};
