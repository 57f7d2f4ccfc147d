import { readFileSync } from 'node:fs';

/**
 * CPU time of this process's main thread in ms (Linux, 10 ms ticks), or null elsewhere. The
 * machine is shared, so wall-clock times swing with other people's load; the main thread's
 * CPU time is what our own code costs there (the wasm engine runs on it), and swings far less.
 */
export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name "(…)": state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
