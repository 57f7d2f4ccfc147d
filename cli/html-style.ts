/** The report's inline stylesheet: one file, no fonts or images from anywhere else. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1b1f; --muted: #5f6368; --line: #dadce0; --met: #137333; --missed: #b3261e; --bg-met: #e6f4ea; --bg-missed: #fce8e6; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: var(--ink); margin: 24px; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 8px; }
h2 { font-size: 1.2rem; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: right; vertical-align: top; white-space: nowrap; }
th { background: #f1f3f4; position: sticky; top: 0; }
td.text, th.text { text-align: left; }
.target { display: block; font-size: 0.75rem; color: var(--muted); }
td.met { background: var(--bg-met); }
td.missed { background: var(--bg-missed); }
.mark-met { color: var(--met); font-weight: 600; }
.mark-missed { color: var(--missed); font-weight: 600; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.chart { border: 1px solid var(--line); padding: 8px; }
.note { color: var(--muted); font-size: 0.85rem; }
td.error { color: var(--missed); }
td.warning { color: #8a5300; }
td.issue-message { white-space: normal; text-align: left; min-width: 24rem; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.8rem; }
`;
