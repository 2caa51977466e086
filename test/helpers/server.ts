import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './app.ts';

export interface Started {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
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
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        resolve();
      }
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
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
