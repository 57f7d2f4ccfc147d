import { memo } from 'react';
import { Dropdown, Option } from '@fluentui/react-components';
import { ALL_CHOSEN, choiceAfterClick } from '../state/choices';

export interface ListFilterProps {
  /** The control's id (for its label) and data-testid. */
  id: string;
  /** "All teams" / "All members": the entry that clears the filter. */
  allLabel: string;
  options: readonly string[];
  chosen: readonly string[];
  onChoose: (chosen: string[]) => void;
}

/**
 * A filter of several values (teams, members): a list that stays open while entries are
 * ticked, each tick applied at once. Keyboard: arrows move, Space or Enter ticks, Escape closes.
 *
 * Memoised (give it a stable `onChoose`): an open list measures the page to place itself each
 * time it renders, a forced layout of the whole page while the overview redraws under it.
 */
export const ListFilter = memo(function ListFilter({ id, allLabel, options, chosen, onChoose }: ListFilterProps) {
  const shown = chosen.length === 0 ? allLabel : chosen.join(', ');
  return (
    <Dropdown
      id={id}
      data-testid={id}
      className="dash-list-filter"
      listbox={{ className: 'dash-list-filter-list' }}
      multiselect
      value={shown}
      title={shown}
      selectedOptions={chosen.length === 0 ? [ALL_CHOSEN] : [...chosen]}
      onOptionSelect={(_, d) => {
        if (d.optionValue === undefined) return;
        const next = choiceAfterClick(options, chosen, d.optionValue);
        // "All" ticked again while nothing is chosen: nothing changes.
        if (next.length !== chosen.length || next.some((v, i) => v !== chosen[i])) onChoose(next);
      }}
    >
      <Option value={ALL_CHOSEN} text={allLabel}>
        {allLabel}
      </Option>
      {options.map((o) => (
        <Option key={o} value={o}>
          {o}
        </Option>
      ))}
    </Dropdown>
  );
});
