/**
 * TIMEX3 (TimeML) temporal expressions as Entente reads them from prose.
 * Values follow the TimeML annotation guidelines: `2024-10-18`, `2020-06`, `1997`, `199X`, `19`,
 * `2019-SU`, `2024-Q1`, `2024-H1`, `2024-W42`, `2024-10-18TAF`, `P2D`, `PRESENT_REF`, …
 */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** One temporal expression found in a text. Offsets are UTF-16 code units, `end` exclusive. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
}
