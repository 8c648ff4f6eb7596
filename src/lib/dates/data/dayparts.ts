/** Parts of the day and their TIMEX3 tokens (TimeML guidelines: MO, MI, AF, EV, NI). */
export const DAYPARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['overnight', 'NI'],
]);

export const DAYPART_SOURCE = '(?:morning|afternoon|evening|night|overnight)';
