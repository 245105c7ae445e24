import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface FakeProcess {
  url: string;
  publicKey: string;
  privateKey: string;
  profileCount(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the Klaviyo fake in a child process (its memory is not Trustloop's). */
export async function startFakeProcess(): Promise<FakeProcess> {
  const path = fileURLToPath(new URL('./klaviyo-fake.server.ts', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', path],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let buffer = '';
  const waiters: Array<(line: string) => void> = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      waiters.shift()?.(line);
      newline = buffer.indexOf('\n');
    }
  });
  const nextLine = () => new Promise<string>((resolve) => waiters.push(resolve));
  const ready = (await nextLine()).split(' ');
  return {
    url: ready[1]!,
    publicKey: ready[2]!,
    privateKey: ready[3]!,
    async profileCount() {
      const line = nextLine();
      child.stdin?.write('STATS\n');
      return Number((await line).split(' ')[1]);
    },
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}
