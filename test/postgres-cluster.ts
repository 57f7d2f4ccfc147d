import { execFile, execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chmod, chown, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL server for tests and the bench: `initdb` into a temp dir, `pg_ctl start`
 * on a free port of 127.0.0.1 (password auth, so bad credentials can be tested), `stop()` shuts
 * it down and deletes the dir. Debian's `postgresql` package provides the binaries (.ci/run
 * installs it); as root they run as the `postgres` user, since initdb refuses root.
 */
export interface PostgresCluster {
  /** postgresql://kpi:…@127.0.0.1:PORT/postgres — the superuser of this cluster. */
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  stop(): Promise<void>;
}

const USER = 'kpi';
const PASSWORD = 'kpi-test-secret';

async function binDir(): Promise<string> {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error(`No PostgreSQL found in ${root}: install Debian's postgresql (apt-get install -y postgresql) or set PG_BIN`);
  }
  return join(root, newest, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid), gid: Number(gid) };
}

/** `settings`: server settings beyond the defaults, e.g. { work_mem: '64MB' } for the bench. */
export async function startPostgresCluster(settings: Record<string, string> = {}): Promise<PostgresCluster> {
  const bin = await binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'kpi-pg-'));
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pw');
  await writeFile(pwfile, `${PASSWORD}\n`);
  const ids = asRoot ? await postgresIds() : null;
  if (ids) {
    await chown(dir, ids.uid, ids.gid);
    await chown(pwfile, ids.uid, ids.gid);
  }
  await chmod(dir, 0o700);
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);

  // C locale and UTF-8: text sorts by bytes (as in DuckDB) and Chinese names fit.
  await pg('initdb', ['-D', data, '-U', USER, '--pwfile', pwfile, '--auth', 'scram-sha-256', '-E', 'UTF8', '--locale', 'C', '--no-sync']);
  const port = await freePort();
  // fsync off: the data is thrown away; a small shared_buffers leaves memory to the others' jobs.
  const extra = Object.entries(settings).map(([name, value]) => ` -c ${name}=${value}`).join('');
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${extra}`;
  await pg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '180', 'start']);
  let stopped = false;
  // A test process that ends without its afterAll (killed, crashed) must not leave the server running.
  const stopAtExit = () => {
    if (stopped) return;
    const args = ['-D', data, '-m', 'immediate', 'stop'];
    try {
      if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
      else execFileSync(join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopAtExit);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.off('exit', stopAtExit);
      await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '120', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
