// `npm start`: build, run the monthly report on the built-in demo workbook, and serve the
// dashboard and the task pane on localhost.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

console.log('Building the dashboard and the task pane…');
run('npx', ['vite', 'build', '--logLevel', 'warn']);

if (!existsSync('dist/reports')) mkdirSync('dist/reports', { recursive: true });
console.log('Running the monthly report on the demo workbook…');
run('npx', ['tsx', 'shared/cli/report-cli.ts', '--demo', '--format', 'html', '--out', 'dist/reports/demo-report.html']);

const port = Number(process.env.PORT ?? 3000);
const server = await startStaticServer({ root: 'dist', port }).catch(() => startStaticServer({ root: 'dist', port: 0 }));
console.log('');
console.log(`Dashboard (demo workbook):  ${server.url}dashboard/index.html`);
console.log(`Task pane (browser preview): ${server.url}addin/taskpane.html`);
console.log(`Demo report (HTML):          ${server.url}reports/demo-report.html`);
console.log('Press Ctrl+C to stop.');
