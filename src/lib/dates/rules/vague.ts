import type { Rule } from '../_lib/candidate.ts';

const VALUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:now|currently|presently|at present|nowadays|these days|the time being|the present(?: day)?|present-day|current)$/i, 'PRESENT_REF'],
  [/^(?:recently|lately|recent|the past|(?:in )?recent (?:days|weeks|months|years|decades)|formerly)$/i, 'PAST_REF'],
  [/^(?:the (?:near |distant )?future|soon|the long term|the short term|the medium term|the near term|shortly|the coming (?:days|weeks|months|years|decades))$/i, 'FUTURE_REF'],
];

/** The value VALUES gives a lower-case word, found once per word. */
const VALUE_OF = new Map<string, string | undefined>();
function valueOf(lower: string): string | undefined {
  if (!VALUE_OF.has(lower)) VALUE_OF.set(lower, VALUES.find(([pattern]) => pattern.test(lower))?.[1]);
  return VALUE_OF.get(lower);
}

/**
 * Vague references to the present, past and future (TimeML's PRESENT_REF, PAST_REF,
 * FUTURE_REF): "now", "currently", "recently", "in the past", "the future", "soon", "in recent
 * months", "in the coming weeks". The plural unit names no span of its own, so TimeML reads these
 * as vague references, not durations; a counted span ("the next few weeks", "the past two
 * years") stays a DURATION for the duration rule. "now that"
 * (a conjunction) and "until now"-style spans keep only the word; "the past two years" is a
 * duration and belongs to that rule.
 */
export const vague: Rule = {
  name: 'vague',
  starters: ['now', 'currently', 'presently', 'at', 'nowadays', 'these', 'the', 'present', 'recently', 'lately', 'in', 'recent', 'soon', 'shortly', 'current'],
  next: {
    the: new Set(['time', 'present', 'near', 'distant', 'future', 'long', 'short', 'medium', 'past', 'coming']),
    at: new Set(['present']), these: new Set(['days']), in: new Set(['recent']),
  },
  pattern: /(?<![\w-])(?:now|currently|presently|at present|nowadays|these days|the time being|the present(?: day)?|present-day|recently|lately|(?:in )?recent (?:days|weeks|months|years|decades)|the coming (?:days|weeks|months|years|decades)|the (?:near |distant )?future|soon|the (?:long|short|medium|near) term|shortly|the past|current|recent)(?![\w-])/gi,
  extract(match, text) {
    const start = match.index;
    const end = start + match[0].length;
    const word = match[0];
    // The pattern's words are ASCII letters, hyphens and single spaces, so the lower-case word
    // stands for the case-blind tests (compared as strings: this runs for every "now", "current").
    const lower = word.toLowerCase();
    const after = text.slice(end, end + 16);
    if (lower === 'now' && /^\s+that\b/i.test(after)) return null;
    if (lower === 'the past' && /^\s+(?:\d|[a-z]+\s+(?:days?|weeks?|months?|years?|decades?)|(?:days?|weeks?|months?|years?|decades?|week|century)\b)/i.test(after)) return null;
    // "current" as an adjective ("the current crisis") is the present; "ocean current", "current account" are not.
    if (lower === 'current' && (!/^\s+[a-z]/.test(after) || /^\s+(?:account|accounts|affairs|flows?|of|and|is|was)\b/i.test(after))) return null;
    if (lower === 'recent' && !/^\s+[a-z]/.test(after)) return null;
    const value = valueOf(lower);
    if (value === undefined) return null;
    // TimeML leaves the preposition outside the tag: "in recent years" → "recent years".
    const trimmed = lower.startsWith('in ') ? 3 : 0;
    return { start: start + trimmed, end, type: 'DATE', value, rule: 'vague' };
  },
};
