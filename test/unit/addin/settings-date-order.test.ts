import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../../addin/session/settings';

describe('the pane’s settings keep the user’s date order', () => {
  it('reads dmy, mdy and ymd back; anything else (an older or hand-edited value) is automatic', () => {
    expect(parseSettings({ dateOrder: 'dmy' })).toEqual({ dateOrder: 'dmy' });
    expect(parseSettings({ dateOrder: 'ymd', overrides: {} })).toEqual({ dateOrder: 'ymd', overrides: {} });
    for (const dateOrder of ['DMY', 'day-first', 3, null]) expect(parseSettings({ dateOrder }), String(dateOrder)).toEqual({});
  });
});
