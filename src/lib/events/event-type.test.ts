import { describe, expect, it } from 'vitest';
import { eventType } from './event-type.ts';

describe('eventType', () => {
  it.each([
    ['London hands Hong Kong back to China', 'transfer'],
    ['Beijing imposes a sweeping national security law on the financial hub', 'law'],
    ['Lammy meets with Wang Yi at the Diaoyutai State Guesthouse', 'meeting'],
    ['David Cameron hails a “Golden Age” in relations', 'statement'],
    ['Starmer takes office', 'office'],
    ['The two sides sign a trade agreement', 'agreement'],
    ['Russia invades Ukraine', 'conflict'],
    ['Washington imposes sanctions on Moscow', 'sanction'],
    ['Lammy travels to Beijing', 'visit'],
  ])('returns the kind of happening "%s" tells', (title, type) => {
    expect(eventType(title, '')).toBe(type);
  });

  it('returns the sentence’s kind when the title names none', () => {
    expect(eventType('Lammy in Beijing', 'Lammy arrived in Beijing on Friday.')).toBe('visit');
  });

  it('returns no law for Bill Clinton, no sanction for Ban Ki-moon, no transfer for a trip home', () => {
    expect(eventType('Bill Clinton visits Beijing', '')).toBe('visit');
    expect(eventType('Ban Ki-moon visits Beijing', '')).toBe('visit');
    expect(eventType('Osborne returns to London from Beijing', '')).toBe('other');
    expect(eventType('Parliament passes the bill', '')).toBe('law');
    expect(eventType('Congress passes the Hong Kong Human Rights and Democracy Act', '')).toBe('law');
  });

  it('returns other when nothing names the happening', () => {
    expect(eventType('A quiet day', 'A quiet day.')).toBe('other');
  });
});
