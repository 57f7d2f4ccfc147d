import { langFromLocale, type Lang } from '../messages/lang';

/** The user's language from the POSIX locale variables: LC_ALL, then LC_MESSAGES, then LANG. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return langFromLocale(locale);
}
