import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../dashboard/app/next-task';

describe('nextTask', () => {
  it('resolves after the current task, in the order asked', async () => {
    const order: string[] = [];
    const first = nextTask().then(() => order.push('first'));
    const second = nextTask().then(() => order.push('second'));
    order.push('now');
    await Promise.all([first, second]);
    expect(order).toEqual(['now', 'first', 'second']);
  });
});
