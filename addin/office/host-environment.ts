import type { HostCapabilities, HostTheme } from '../../shared/host/index';

/**
 * What Office says about where the pane runs: language, theme and the API sets beyond the
 * manifest's minimum (ExcelApi 1.7), each checked before use so older Excel degrades.
 */

export function officeDisplayLanguage(): string {
  return Office.context?.displayLanguage || 'en-US';
}

/** Relative luminance of #RRGGBB (0 black … 1 white); null when unreadable. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex?.trim() ?? '');
  if (!m) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office paints the pane's background dark (officeTheme is missing on some hosts). */
export function officeTheme(): HostTheme {
  try {
    const l = luminance(Office.context?.officeTheme?.bodyBackgroundColor);
    return l !== null && l < 0.5 ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export function officeCapabilities(): HostCapabilities {
  return { changeSource: supports('1.14'), chartAxisFormat: supports('1.8') };
}

/** Merged areas of a range (getMergedAreasOrNullObject), read with the header rows. */
export function officeReadsMergedAreas(): boolean {
  return supports('1.13');
}

/** The manifest's minimum; below it the pane shows a message instead of failing later. */
export const MINIMUM_EXCEL_API = '1.7';

export function meetsMinimum(): boolean {
  return supports(MINIMUM_EXCEL_API);
}
