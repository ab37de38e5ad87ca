// A TCP proxy in front of PostgreSQL (or PgBouncer) that counts what the application asks of the database, for
// `npm run bench:contacts` — pg_stat_statements' calls without needing it preloaded on a shared server: statements
// (extended protocol Execute 'E', simple Query 'Q'), round trips (Sync 'S' ends an extended-protocol exchange and
// waits for ReadyForQuery; a simple Query does too) and calls per statement text (from Parse, Bind and Query). It
// reads the frontend's messages only and passes every byte through untouched, so the count is the same whatever
// library, prepared statements or pooling the server uses. It adds a hop: count through it, time without it.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface MessageCounts {
  statements: number;
  roundTrips: number;
  /** Executions per statement text (whitespace collapsed). */
  byText: Map<string, number>;
}

/** Startup, SSLRequest and GSSENCRequest have no type byte; everything after the startup message has one. */
const UNTYPED_REQUESTS = new Set([80877103, 80877104]); // SSLRequest, GSSENCRequest

/** Counts the messages of one client connection as its bytes go by. */
class FrontendParser {
  private buffered: Buffer = Buffer.alloc(0);
  private started = false;
  /** Statement texts by name on this connection ('' is the unnamed statement). */
  private readonly texts = new Map<string, string>();
  /** The statement the next Execute runs (the last Bind's). */
  private bound = '';
  constructor(private readonly counts: MessageCounts) {}

  private executed(text: string | undefined): void {
    const key = (text ?? '?').replace(/\s+/g, ' ').trim();
    this.counts.byText.set(key, (this.counts.byText.get(key) ?? 0) + 1);
  }

  feed(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      if (!this.started) {
        if (this.buffered.length < 8) return;
        const length = this.buffered.readInt32BE(0);
        if (this.buffered.length < length) return;
        if (!UNTYPED_REQUESTS.has(this.buffered.readInt32BE(4))) this.started = true;
        this.buffered = this.buffered.subarray(length);
        continue;
      }
      if (this.buffered.length < 5) return;
      const length = this.buffered.readInt32BE(1) + 1;
      if (this.buffered.length < length) return;
      const type = String.fromCharCode(this.buffered[0]!);
      const body = this.buffered.subarray(5, length);
      const cstrings = (n: number) => {
        const found: string[] = [];
        let at = 0;
        while (found.length < n) {
          const end = body.indexOf(0, at);
          found.push(body.toString('utf8', at, end));
          at = end + 1;
        }
        return found;
      };
      if (type === 'P') {
        const [name, text] = cstrings(2);
        this.texts.set(name!, text!);
      } else if (type === 'B') this.bound = cstrings(2)[1]!;
      else if (type === 'E') {
        this.counts.statements++;
        this.executed(this.texts.get(this.bound));
      } else if (type === 'S') this.counts.roundTrips++;
      else if (type === 'Q') {
        this.counts.statements++;
        this.counts.roundTrips++;
        this.executed(cstrings(1)[0]);
      }
      this.buffered = this.buffered.subarray(length);
    }
  }
}

export interface CountingProxy {
  /** postgres://… of the proxy: `databaseUrl` with its host and port. */
  url: string;
  counts: MessageCounts;
  close(): Promise<void>;
}

/** Listens on a free local port and forwards to the host and port of `databaseUrl`. */
export async function countingProxy(databaseUrl: string): Promise<CountingProxy> {
  const target = new URL(databaseUrl);
  const counts: MessageCounts = { statements: 0, roundTrips: 0, byText: new Map() };
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    const parser = new FrontendParser(counts);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.setNoDelay(true);
    }
    client.on('data', (chunk: Buffer) => {
      parser.feed(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(typeof address === 'object' && address ? address.port : 0);
  return {
    url: url.toString(),
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
