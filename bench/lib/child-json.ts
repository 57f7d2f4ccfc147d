import { spawn } from 'node:child_process';

/**
 * Runs a TypeScript bench script in a new Node process (same loader flags as this one, so tsx
 * applies) and returns the JSON object on its last stdout line. Its stderr passes through.
 */
export function runScriptForJson(file: string, args: string[], opts: { echo?: boolean } = {}): Promise<Record<string, unknown>> {
  const child = spawn(process.execPath, [...process.execArgv, file, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (opts.echo) process.stdout.write(chunk);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`bench: ${file} failed (exit ${code})`));
      else resolve(JSON.parse(last) as Record<string, unknown>);
    });
  });
}
