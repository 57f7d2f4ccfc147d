/*
 * The next task of this thread, after the messages and events already queued: a message on a
 * channel of our own, not setTimeout(0), which is clamped to 4 ms once timers nest. Used by the
 * page between chart updates and by the data worker between slices of a parse.
 */
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      setTimeout(resolve, 0);
      return;
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
