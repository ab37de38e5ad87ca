// This process's name among the instances sharing a database: written on what it holds (an import's lease) and on
// what it did (a job's run), so an operator can tell the instances apart. Host and process id are enough for a
// person; the random part keeps two processes apart when a container restarts with the same host name and pid.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export const instanceId = `${hostname().slice(0, 100)}:${process.pid}:${randomBytes(3).toString('hex')}`;
