/** Fixed-date holidays often named in news, month and day (TimeML values them as ordinary days). */
export const HOLIDAYS: ReadonlyMap<string, { month: number; day: number }> = new Map([
  ["new year's day", { month: 1, day: 1 }],
  ["new year's eve", { month: 12, day: 31 }],
  ["valentine's day", { month: 2, day: 14 }],
  ['christmas eve', { month: 12, day: 24 }],
  ['christmas day', { month: 12, day: 25 }],
  ['christmas', { month: 12, day: 25 }],
  ['boxing day', { month: 12, day: 26 }],
  ['halloween', { month: 10, day: 31 }],
  ['independence day', { month: 7, day: 4 }],
  ['bastille day', { month: 7, day: 14 }],
  ['armistice day', { month: 11, day: 11 }],
  ['may day', { month: 5, day: 1 }],
]);

export const HOLIDAY_SOURCE = "(?:New Year(?:'|’)s (?:Day|Eve)|Valentine(?:'|’)s Day|Christmas(?: Eve| Day)?|Boxing Day|Halloween|Independence Day|Bastille Day|Armistice Day|May Day)";
