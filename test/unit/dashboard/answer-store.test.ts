import { describe, expect, it } from 'vitest';
import { AnswerStore } from '../../../dashboard/app/answer-store';

/** A worker stand-in that counts the questions it was asked. */
function counting() {
  const asked: string[] = [];
  const ask = (q: { team: string }) => {
    asked.push(q.team);
    return q.team === 'bad' ? Promise.reject(new Error('no such team')) : Promise.resolve(`answer for ${q.team}`);
  };
  return { asked, ask };
}

describe('AnswerStore', () => {
  it('asks a question once; asked again (by an equal question) it gives the kept answer', async () => {
    const worker = counting();
    const store = new AnswerStore(worker.ask);
    expect(store.has({ team: 'A' })).toBe(false);
    expect(await store.answer({ team: 'A' })).toBe('answer for A');
    expect(store.has({ team: 'A' })).toBe(true);
    expect(await store.answer({ team: 'A' })).toBe('answer for A');
    expect(worker.asked).toEqual(['A']);
  });

  it('a question asked while its answer is on the way waits for that answer, not a second one', async () => {
    const worker = counting();
    const store = new AnswerStore(worker.ask);
    const [a, b] = await Promise.all([store.answer({ team: 'B' }), store.answer({ team: 'B' })]);
    expect([a, b]).toEqual(['answer for B', 'answer for B']);
    expect(worker.asked).toEqual(['B']);
  });

  it('forgets a failed answer, so the next ask tries again', async () => {
    const worker = counting();
    const store = new AnswerStore(worker.ask);
    await expect(store.answer({ team: 'bad' })).rejects.toThrow('no such team');
    expect(store.has({ team: 'bad' })).toBe(false);
    await expect(store.answer({ team: 'bad' })).rejects.toThrow('no such team');
    expect(worker.asked).toEqual(['bad', 'bad']);
  });

  it('keeps at most `keep` answers, dropping the least recently used', async () => {
    const worker = counting();
    const store = new AnswerStore(worker.ask, 2);
    await store.answer({ team: 'A' });
    await store.answer({ team: 'B' });
    await store.answer({ team: 'A' }); // A used again: B is now the oldest
    await store.answer({ team: 'C' });
    expect([store.has({ team: 'A' }), store.has({ team: 'B' }), store.has({ team: 'C' })]).toEqual([true, false, true]);
    expect(worker.asked).toEqual(['A', 'B', 'C']);
  });
});
