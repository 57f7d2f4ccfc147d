import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFICE_READY_TIMEOUT_MS, openedByOffice, watchOfficeStart, type OfficeStart, type OfficeWindow } from '../../../addin/office/index';

/** A window as the pane sees it: office.js loaded (or not), opened by Office (or not). */
function page(opts: { office?: 'excel' | 'word' | 'plain' | 'never' | null; search?: string; name?: string } = {}) {
  let ready: ((info: { host: string | null }) => void) | null = null;
  const promise = new Promise<{ host: string | null }>((done) => (ready = done));
  const office = opts.office ?? null;
  const win: OfficeWindow = {
    location: { search: opts.search ?? '' },
    name: opts.name ?? '',
    ...(office && {
      Office: {
        HostType: { Excel: 'Excel' } as unknown as typeof Office.HostType,
        onReady: (() => promise) as unknown as typeof Office.onReady,
      },
    }),
  };
  if (office === 'excel') ready!({ host: 'Excel' });
  if (office === 'word') ready!({ host: 'Word' });
  if (office === 'plain') ready!({ host: null });
  return { win, readyLater: (host: string) => ready!({ host }) };
}

function watch(win: OfficeWindow): OfficeStart[] {
  const states: OfficeStart[] = [];
  watchOfficeStart(win, (s) => states.push(s));
  return states;
}

const IN_EXCEL = '?_host_Info=Excel$Win32$16.01$en-US$$$$0';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('how the pane starts', () => {
  it('starts the pane once Office says it is Excel', async () => {
    const states = watch(page({ office: 'excel', search: IN_EXCEL }).win);
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([{ kind: 'excel' }]);
    await vi.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS);
    expect(states).toEqual([{ kind: 'excel' }]);
  });

  it('offers the browser preview in a plain browser, with or without office.js', async () => {
    const offline = watch(page().win);
    const online = watch(page({ office: 'plain' }).win);
    const word = watch(page({ office: 'word', search: '?_host_Info=Word$Win32$16.01$en-US' }).win);
    await vi.advanceTimersByTimeAsync(0);
    expect([offline, online, word]).toEqual([[{ kind: 'outside' }], [{ kind: 'outside' }], [{ kind: 'outside' }]]);
  });

  it('inside Office, a blocked office.js is a failure to explain, never the demo', async () => {
    expect(watch(page({ search: IN_EXCEL }).win)).toEqual([{ kind: 'notStarted', cause: 'script', inOffice: true }]);
  });

  it('says Office could not start when onReady has not answered after 10 s, and starts if it answers later', async () => {
    const { win, readyLater } = page({ office: 'never', search: IN_EXCEL });
    const states = watch(win);
    await vi.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 1);
    expect(states).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(states).toEqual([{ kind: 'notStarted', cause: 'timeout', inOffice: true }]);
    readyLater('Excel');
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: 'excel' });
  });

  it('in a plain browser that hangs the same way, says so and knows it is not in Office', async () => {
    const states = watch(page({ office: 'never' }).win);
    await vi.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS);
    expect(states).toEqual([{ kind: 'notStarted', cause: 'timeout', inOffice: false }]);
  });

  it('tells Office opened the page from its host info, wherever office.js would find it', () => {
    expect(openedByOffice(page({ search: IN_EXCEL }).win)).toBe(true);
    expect(openedByOffice(page({ name: JSON.stringify({ hostInfo: 'Excel|Web|16.00|en-US' }) }).win)).toBe(true);
    expect(openedByOffice({ ...page().win, sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'Excel$Mac$16.01$en-US' : null) } })).toBe(true);
    expect(openedByOffice({ ...page().win, chrome: { webview: {} } })).toBe(true);
    expect(openedByOffice(page({ search: '?asOf=2026-10-31', name: 'x' }).win)).toBe(false);
  });
});
