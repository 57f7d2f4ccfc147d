/**
 * The worker's answers kept by question, so a question asked again — or asked ahead, before
 * the user clicks (see answers-ahead.ts) — is answered without a round trip to the worker.
 * A question being asked is kept as its promise: asking it again waits for that one answer.
 * A failed answer is forgotten, so the next ask tries again.
 */
export class AnswerStore<Q, A> {
  private readonly answers = new Map<string, Promise<A>>();

  constructor(
    private readonly ask: (question: Q) => Promise<A>,
    /** How many answers are kept; the least recently used goes first. */
    private readonly keep = 32,
  ) {}

  has(question: Q): boolean {
    return this.answers.has(JSON.stringify(question));
  }

  answer(question: Q): Promise<A> {
    const key = JSON.stringify(question);
    let answer = this.answers.get(key);
    if (answer) {
      // Most recently used last.
      this.answers.delete(key);
      this.answers.set(key, answer);
      return answer;
    }
    answer = this.ask(question);
    this.answers.set(key, answer);
    answer.catch(() => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    });
    while (this.answers.size > this.keep) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}
