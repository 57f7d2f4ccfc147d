import { langFromLocale, type Lang } from '../shared/messages/index';

/** The user's language from the POSIX locale variables: LC_ALL, then LC_MESSAGES, then LANG. */
/** The user's locale for dates (e.g. "en_GB.UTF-8"): LC_ALL, then LC_TIME, then LANG. */
export function dateLocaleFromEnv(env: Record<string, string | undefined>): string | undefined {
  return [env.LC_ALL, env.LC_TIME, env.LANG].find((v) => v !== undefined && v !== '');
}

export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return langFromLocale(locale);
}
