// Measuring helpers of `npm run bench:contacts`: CPU seconds of processes from /proc, closed-loop load, percentiles.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const TICKS = 100; // USER_HZ on Linux

/** The load average (1 / 5 / 15 min): on a shared machine every figure is printed with it. */
export const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

/** CPU seconds used so far by the processes whose pid and command line pass `which` (Linux /proc; 0 elsewhere). */
function cpuSeconds(which: (pid: number, command: string) => boolean): number {
  let ticks = 0;
  try {
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      try {
        if (!which(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '))) continue;
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // The process ended meanwhile.
      }
    }
  } catch {
    return 0;
  }
  return ticks / TICKS;
}

export interface Cpu {
  server: number;
  postgres: number;
  bouncer: number;
  load: number;
}

/**
 * CPU seconds of the server, of PostgreSQL (the backends serving the bench's database, and the WAL writer,
 * checkpointer and background writer, whose work the writes cause; not other databases' backends), of PgBouncer
 * (the whole process: it may also serve other databases meanwhile) and of this load generator.
 */
export function cpuNow(serverPid: number | undefined, databaseName: string): Cpu {
  const own = process.cpuUsage();
  const ours = (_: number, command: string) =>
    command.startsWith('postgres: ') &&
    (command.includes(` ${databaseName} `) || /walwriter|checkpointer|background writer/.test(command));
  return {
    server: serverPid ? cpuSeconds((pid) => pid === serverPid) : 0,
    postgres: cpuSeconds(ours),
    bouncer: cpuSeconds((_, command) => /(^|\/)pgbouncer /.test(command)),
    load: (own.user + own.system) / 1e6,
  };
}

export function cpuSince(before: Cpu, after: Cpu): Cpu {
  return {
    server: after.server - before.server,
    postgres: after.postgres - before.postgres,
    bouncer: after.bouncer - before.bouncer,
    load: after.load - before.load,
  };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Run {
  count: number;
  seconds: number;
  /** Sorted, in ms. */
  latencies: number[];
}

export const perSecond = (r: Run) => r.count / r.seconds;

/** `clients` loops, each doing `one()` again as soon as it returns, for `ms`; the latencies of those started in time. */
export async function closedLoop(clients: number, ms: number, one: (worker: number) => Promise<void>): Promise<Run> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: clients }, async (_, worker) => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        await one(worker);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, seconds, latencies };
}
