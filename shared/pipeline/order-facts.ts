import type { SqlDialect } from '../kpi/dialect';

/*
 * What every front end knows of the loaded orders for its pickers and labels (the months any
 * period basis can show, the teams, the owners and each owner's team, the cancelled rows),
 * counted by the engine over `orders`: the same SQL over a file's table in DuckDB and over a
 * database's mapped select (withOrders), so only the counts travel.
 */

export interface OrderFacts {
  months: string[];
  teams: string[];
  owners: string[];
  teamOf: Record<string, string>;
}

type Rows = Record<string, unknown>[];

/** How many orders each owner has in each team: owner → team → count. */
export type TeamCounts = Map<string, Map<string, number>>;

/** Each owner's team from the counts: the team of most of their orders (ties → the first by name). */
export function teamOfCounts(counts: TeamCounts): Record<string, string> {
  const teamOf: Record<string, string> = {};
  for (const owner of [...counts.keys()].sort()) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [team, n] of counts.get(owner)!) {
      if (n > bestCount || (n === bestCount && best !== null && team < best)) {
        best = team;
        bestCount = n;
      }
    }
    if (best !== null) teamOf[owner] = best;
  }
  return teamOf;
}

/** Every month of a created, due or delivered date, as 'YYYY-MM', sorted. */
export function monthsSql(dialect: SqlDialect): string {
  return `SELECT ${dialect.monthText(dialect.monthStart('d'))} AS "month"
FROM (SELECT "created" AS d FROM "orders" UNION ALL SELECT "due" FROM "orders" UNION ALL SELECT "delivered" FROM "orders") AS dates
WHERE d IS NOT NULL GROUP BY 1 ORDER BY 1`;
}

/** How many orders each owner has in each team (blank owners and teams too: their lists leave them out). */
export const OWNER_TEAMS_SQL = `SELECT "owner", "team", count(*) AS "orders" FROM "orders" GROUP BY 1, 2`;

export const CANCELLED_SQL = `SELECT count(*) FILTER (WHERE "cancelled") AS "cancelled" FROM "orders"`;

/** The distinct non-blank texts, in the order the pickers list them (JS's, whatever the database's collation). */
function distinctSorted(values: readonly unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))].sort();
}

/** Each owner's orders per team, from OWNER_TEAMS_SQL's rows. */
export function teamCountsOf(rows: Rows): TeamCounts {
  const counts: TeamCounts = new Map();
  for (const row of rows) {
    const owner = row.owner;
    const team = row.team;
    if (typeof owner !== 'string' || typeof team !== 'string' || owner === '' || team === '') continue;
    if (!counts.has(owner)) counts.set(owner, new Map());
    counts.get(owner)!.set(team, Number(row.orders));
  }
  return counts;
}

/** The facts of `orders`, through `run` (which may wrap each query, e.g. in a database's WITH orders AS …). */
export async function readOrderFacts(run: (sql: string) => Promise<Rows>, dialect: SqlDialect): Promise<OrderFacts> {
  const months = (await run(monthsSql(dialect))).map((r) => String(r.month));
  const owners = await run(OWNER_TEAMS_SQL);
  return {
    months,
    teams: distinctSorted(owners.map((r) => r.team)),
    owners: distinctSorted(owners.map((r) => r.owner)),
    teamOf: teamOfCounts(teamCountsOf(owners)),
  };
}

/** Rows of `orders` marked cancelled. */
export async function readCancelledCount(run: (sql: string) => Promise<Rows>): Promise<number> {
  const [row] = await run(CANCELLED_SQL);
  return Number(row?.cancelled ?? 0);
}
