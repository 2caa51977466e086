import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './app.ts';

export interface Started {
  url: string;
  output: () => string;
  /** Signals the whole process group (SIGTERM: a clean shutdown; SIGKILL: a crash) and waits until it has ended. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Whether any process of the group is still running. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the real server the way `npm start` does, on a random loopback port, and
 * resolves once it prints its URL.
 */
export function startServer(env: Record<string, string>, command = ['npm', 'start']): Promise<Started> {
  const child: ChildProcess = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LENTERA_LOG: 'silent', LENTERA_APP_DB: ':memory:', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so npm's children stop with it
  });
  let out = '';
  // Stops the whole process group and waits until every process of it has ended: npm
  // exits at once, while the server still closes its databases (and checkpoints them).
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return;
    }
    for (let waited = 0; groupAlive(child.pid!); waited += 50) {
      if (waited > 20_000) throw new Error(`the server did not stop in 20 s:\n${out}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop().catch(() => {});
      reject(new Error(`server did not start in time:\n${out}`));
    }, 150_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = out.match(/running at (http:\/\/[^\s]+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1].replace(/\/$/, ''), output: () => out, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}
