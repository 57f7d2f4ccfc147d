/** A reason a database source cannot be used: a message key (shared/messages) and its params. */
export interface SourceProblem {
  code: string;
  params: Record<string, string | number>;
}
