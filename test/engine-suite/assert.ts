/**
 * Tiny assertions for the engine suite: it runs in a browser page too, where vitest's
 * `expect` is not available. Each failure says what was expected and what came.
 */
export function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

export function assertTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`${what}: expected true`);
}

export function assertClose(actual: unknown, expected: number, what: string, tolerance = 1e-6): void {
  if (typeof actual !== 'number' || Math.abs(actual - expected) > tolerance * Math.max(1, Math.abs(expected))) {
    throw new Error(`${what}: expected ≈${expected}, got ${JSON.stringify(actual)}`);
  }
}

/** Awaits `action`, which must fail with a message matching `pattern`; returns that message. */
export async function assertRejects(action: () => Promise<unknown>, pattern: RegExp, what: string): Promise<string> {
  try {
    await action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof Error)) throw new Error(`${what}: expected an Error, got ${message}`, { cause: error });
    if (!pattern.test(message)) {
      throw new Error(`${what}: message ${JSON.stringify(message)} does not match ${pattern}`, { cause: error });
    }
    return message;
  }
  throw new Error(`${what}: expected a failure, but it succeeded`);
}
