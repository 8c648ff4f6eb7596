/** Seasons with their TimeML tokens (TIMEX3 guidelines: SP, SU, FA, WI) and first month (northern hemisphere). */
export const SEASONS: ReadonlyMap<string, { token: string; startMonth: number }> = new Map([
  ['spring', { token: 'SP', startMonth: 3 }],
  ['summer', { token: 'SU', startMonth: 6 }],
  ['autumn', { token: 'FA', startMonth: 9 }],
  ['fall', { token: 'FA', startMonth: 9 }],
  ['winter', { token: 'WI', startMonth: 12 }],
]);

export const SEASON_SOURCE = '(?:spring|summer|autumn|fall|winter)';
