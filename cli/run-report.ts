import { messagesFor, type Lang } from '../shared/messages/index';
import { langFromEnv } from './env-lang';
import { parseReportArgs } from './parse-args';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, messageOf, type CliEffects } from './cli-effects';

export { EXIT_INPUT, EXIT_OK, EXIT_USAGE, type CliEffects };

/** The --lang of an argv that may not parse, so even usage errors speak the user's language. */
function langOfArgv(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (v === 'en' || v === 'zh') return v;
  }
  return null;
}

/**
 * The report CLI (DESIGN.md contract): exit 0 when a report was made (issues may be listed),
 * 2 for a usage error, 3 when the input cannot be used. Never lets a stack trace reach the user.
 */
export async function runReport(argv: readonly string[], fx: CliEffects): Promise<number> {
  const lang = langOfArgv(argv) ?? langFromEnv(fx.env);
  const m = messagesFor(lang);
  const parsed = parseReportArgs(argv);
  if (!parsed.value) {
    // One line: after the first mistake the rest of the line is often misread (`--colour red`
    // makes "red" look like a second file), so later errors would only confuse.
    fx.stderr(`${m.cliErrorPrefix}: ${messageOf(parsed.errors[0], lang)}\n`);
    fx.stderr(`${m.cliSeeHelp}\n`);
    return EXIT_USAGE;
  }
  if (parsed.value.help) {
    fx.stdout(m.cliHelp);
    return EXIT_OK;
  }
  try {
    // The report's modules (ingest, engine glue, formats) load only once the arguments are good.
    const { makeReport } = await import('./make-report');
    return await makeReport(parsed.value, fx, lang);
  } catch (e) {
    // A bug or an input no check foresaw: say so plainly, without the stack.
    const reason = e instanceof Error ? e.message : String(e);
    fx.stderr(`${m.cliErrorPrefix}: ${m.cliUnexpected({ reason: reason.split('\n')[0] })}\n`);
    return EXIT_INPUT;
  }
}
