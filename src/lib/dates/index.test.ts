import { describe, expect, it } from 'vitest';
import * as dates from './index.ts';

describe('index', () => {
  it('returns exactly the public API when imported', () => {
    expect(Object.keys(dates).sort()).toEqual(['datePrecision', 'tagTimexes']);
  });
});
