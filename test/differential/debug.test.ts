import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import { Cluster } from '../../src/sim/index.js';
import { startServer } from '../../src/serve/server.js';
import { startClockDriver, NODE_TIMERS } from '../../src/serve/clock-driver.js';
import { kubeconfigYaml } from './harness/kubeconfig.js';
it('debug', async () => {
  const cluster = Cluster.create({ seed: 7 });
  const server = await startServer(cluster, { token: 'tok', settleAfterWrites: false });
  const T = { now: NODE_TIMERS.now, clearTimeout: NODE_TIMERS.clearTimeout, setTimeout: (fn: () => void, ms: number) => { if (process.env.TL) console.log('set', ms, Date.now() % 100000); return NODE_TIMERS.setTimeout(() => { if (process.env.TL) console.log('fire', ms, Date.now() % 100000); fn(); }, ms); } };
  const driver = startClockDriver(cluster, server.activity, { mode: 'stepped' }, T);
  const side = { cluster, server, close: async () => { driver.stop(); await server.close(); } };
  writeFileSync('/tmp/h5/kc', kubeconfigYaml(side.server.url, 'tok', side.server.certificateAuthorityData));
  const counts: Record<string, number> = {};
  side.server.activity.onActivity((k) => { counts[k] = (counts[k] ?? 0) + 1; console.log("act", k, Date.now() % 100000, side.cluster.now() % 100000); });
  const clk = side.cluster.clock as unknown as { setNow(n: number): void };
  const orig = clk.setNow.bind(clk);
  const steps: number[] = [];
  clk.setNow = (n: number) => { steps.push(n); console.log("step", n % 100000, Date.now() % 100000); orig(n); };
  const c2 = side.cluster.clock as unknown as { nextDue(): number | undefined };
  const nd = c2.nextDue.bind(c2);
  c2.nextDue = () => { const v = nd(); console.log('nextDue', v && v % 1000000, side.server.activity.openWatches()); return v; };
  const cmds = (process.env.CMDS ?? '').split(';;');
  for (const c of cmds) {
    if (c.trim().startsWith('@')) { side.cluster.advance(30000); continue; }
    const r = await new Promise<string>((res) => {
      const ch = spawn('/usr/lib/google-cloud-sdk/bin/kubectl.1.33', c.trim().split(' '), { env: { PATH: process.env.PATH!, KUBECONFIG: '/tmp/h5/kc', KUBECACHEDIR: '/tmp/h5/cache', HOME: '/tmp/h5' } });
      let o = '';
      ch.stdout.on('data', (d) => (o += d));
      ch.stderr.on('data', (d) => (o += d));
      const t = setTimeout(() => ch.kill(), 8000);
      ch.on('close', (code) => { clearTimeout(t); res(`$ ${c}\n${o}[${code}] vnow=${new Date(side.cluster.now()).toISOString()}`); });
    });
    side.cluster.settle();
    console.log(r, JSON.stringify(counts), steps.length, steps.slice(-20).map((x) => x % 100000).join(','));
  }
  await side.close();
}, 120000);
