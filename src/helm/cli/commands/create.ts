/** `helm create NAME` (helm/helm cmd/helm/create.go): writes the starter chart, `Creating NAME`. */
import { createStarterChart } from '../../starter/index.js';
import { exactArgs, fail } from '../common.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const createCommand: HelmCommand = {
  name: 'create',
  use: 'create NAME',
  short: 'create a new chart with the given name',
  long: HELP_TEXT.createDesc,
  flags: [{ name: 'starter', shorthand: 'p', type: 'string', usage: 'the name or absolute path to Helm starter scaffold' }],
  args: exactArgs(1),
  run(ctx) {
    const name = ctx.args[0];
    ctx.io.out(`Creating ${name}\n`);
    const r = createStarterChart(name);
    if (!r.ok) return fail(ctx, r.error);
    const f = ctx.session.files;
    const dirs = new Set<string>(r.dirs);
    for (const p of Object.keys(r.files)) dirs.add(p.slice(0, p.lastIndexOf('/')));
    for (const d of [...dirs].sort()) {
      const m = f.mkdir(d);
      if (!m.ok) return fail(ctx, m.error);
    }
    for (const [p, data] of Object.entries(r.files)) {
      if (f.stat(p) === 'file') ctx.io.err(`WARNING: File ${JSON.stringify(`${f.cwd()}/${p}`)} already exists. Overwriting.\n`);
      const w = f.write(p, data);
      if (!w.ok) return fail(ctx, w.error);
    }
    return 0;
  },
};
