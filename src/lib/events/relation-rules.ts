/**
 * Coding an event as an interaction between two political actors, in the terms of PLOVER (Open
 * Event Data Alliance, https://github.com/openeventdata/PLOVER, CC BY-SA 4.0): which of its sixteen
 * types of action, who acted and on whom. Rules and lexicons, like the rest of the event layer:
 * the type rules read the event's words, the side rules find the two sides, and every coding names
 * the rules that made it, for `entente check --events` and /about/.
 */
import countries from 'world-countries';
import { PLOVER_QUAD } from '../vocabulary.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import type { KnownActor } from '../knowledge/load.ts';
import { namePlaces, type Gazetteer } from './gazetteer.ts';
import type { Actor, EventType, PloverType, Relation } from './model.ts';
import { GOLDSTEIN, SIDE_NAMES, TYPE_CAMEO } from './relation-lexicon.ts';
import { slugify } from './slug.ts';

/** What the relation rules know of the analysis: every name, and whom each known person acts for. */
export interface RelationContext {
  gazetteer: Gazetteer;
  /** The side (a country's or organisation's id) each person of `content/actors` acts for, by the person's id. */
  affiliations: ReadonlyMap<string, string>;
}

/** One event, as the relation rules read it. */
export interface RelationInput {
  /** The words the event rests on: its clause, or the happening a counted date names. */
  text: string;
  title: string;
  type: EventType;
  actors: readonly Actor[];
  /** The side that speaks in the text: the speaker's, else the publisher's (a government's own release). */
  voice?: string | undefined;
  /** The date as the text writes it ("on Friday"): the action written beside it is the one coded. */
  dateText?: string | undefined;
  /** The two sides the article is about (see `articlePair`): they complete a cooperative happening whose words name one side or none. */
  pair?: readonly string[];
  /** Whether an editor titled the event (a known event's title, a corrected one): the title then tells it before the words, and its actors are the sides when the words name fewer than two. */
  editorTitle?: boolean;
}

/** A relation and the rules that coded it: the type rule (or the null rule), then the side rule. */
export interface RelationCoding {
  relation: Relation | null;
  rules: string[];
}

/** A rule that reads the kind of action: a type (with the CAMEO code its intensity comes from), or `null` for no interaction. */
export interface RelationTypeRule {
  id: string;
  reason: string;
  type: PloverType | null;
  /** A weak rule decides only when no other rule finds words in the title or the text. */
  weak?: boolean;
  /** The CAMEO code (see `GOLDSTEIN`) whose Goldstein weight the relation takes. */
  cameo?: string;
  words: RegExp;
}

const rule = (id: string, reason: string, type: PloverType | null, words: RegExp, cameo?: string, weak?: true): RelationTypeRule => {
  // A rule's words are tested and searched from the start of each text: a 'g' or 'y' flag would
  // carry a position from one text to the next.
  if (words.global || words.sticky) throw new Error(`Relation rule ${id}: its words must have no 'g' or 'y' flag`);
  return {
    id,
    reason,
    type,
    words,
    ...(cameo === undefined ? {} : { cameo }),
    ...(weak === undefined ? {} : { weak }),
  };
};

/**
 * The type rules, most specific first: the first whose words the title (else the text) has decides.
 * A headline names the happening its date is written for; the sentence around it may name others.
 * Lexicons of general verbs and nouns, never phrases of a particular text.
 */
export const RELATION_TYPE_RULES: readonly RelationTypeRule[] = [
  rule('ceremony', 'a ceremony, an anniversary or a commemoration marks a happening; it is no act of one side on another', null, /\b(?:ceremon(?:y|ies)|commemorat\w*|anniversary|celebrat\w*|funeral|coronation|jubilee)\b/iu),
  rule('change-of-office', 'an election, an inauguration or an appointment changes who holds office inside one state', null, /\b(?:elect(?:ed|ion)|took office|takes office|sworn in|inaugurat(?:ed|ion)|appointed|came to power|gained power)\b/iu),
  rule('lapse', 'an agreement that expires, lapses or enters into force changes nothing between the sides by an act of either', null, /\b(?:expir(?:e|es|ed)|laps(?:e|es|ed)|entered\s+into\s+force|came\s+into\s+force|took\s+effect)\b/iu),
  rule('threaten', 'a threat or a warning of harm is THREATEN (CAMEO 13)', 'THREATEN', /\b(?:threaten(?:s|ed|ing)?|threats?\s+(?:to|against)|warn(?:s|ed|ing)?|ultimatum)\b/iu, '130'),
  rule('reject', 'rejecting, refusing, vetoing or denying is REJECT (CAMEO 12)', 'REJECT', /\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|al)|veto(?:es|ed)?|den(?:y|ies|ied)|declin(?:e|es|ed)\s+to|turn(?:s|ed)?\s+down)\b/iu, '120'),
  rule('request', 'urging, calling on, asking or demanding is REQUEST (CAMEO 10, which CAMEO2PLOVER names DEMAND)', 'REQUEST', /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed)?\s+(?:on|upon|for)|ask(?:s|ed)?|appeal(?:s|ed)?\s+(?:to|for)|demand(?:s|ed|ing)?|request(?:s|ed)?|press(?:es|ed)?\s+(?:\w+\s+)?to|(?:told|tells|ordered|instructed)\s+(?:[\p{L}’'-]+\s+){1,4}to\s+(?:stop|end|halt|cease|refrain))\b/iu, '100'),
  rule('ease-sanctions', 'lifting sanctions, an embargo or a ban is a material concession, RETREAT (CAMEO 085)', 'RETREAT', /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|al of))\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:sanctions|embargo|ban|restrictions)\b/iu, '084'),
  rule('sanction', 'sanctions, an embargo, expelling diplomats or breaking off ties reduce relations: SANCTION (CAMEO 16)', 'SANCTION', /\b(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|expel(?:s|led|ling)?|expulsion|sever(?:s|ed)?\s+(?:\w+\s+)?(?:ties|relations)|broke\s+off|cut\s+(?:off\s+)?(?:ties|relations)|recall(?:s|ed)?\s+(?:its\s+|their\s+)?ambassador|suspend(?:s|ed)?\s+(?:\w+\s+)?(?:talks|aid|relations)|withdr(?:aw|aws|ew|awn|awal)\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:treaty|agreement|accord|deal|pact|talks|negotiations))\b/iu, '163'),
  rule('promise-withdrawal', 'a declaration that forces will pull back, prisoners be freed or territory ceded is a verbal concession, CONCEDE', 'CONCEDE', /\b(?:would|will|shall|agreed to|pledged to|promised to)\s+(?:\w+\s+)?(?:withdraw|pull\s+back|release|cede|hand\s+(?:[\p{L}’'-]+\s+){0,3}?(?:back|over)|return)\b/iu, '080'),
  rule('intend', 'agreeing, promising, offering or deciding to act together, or announcing a meeting to come, is AGREE (CAMEO 03)', 'AGREE', /\b(?:agree(?:s|d)?\s+(?:to|on)|promis(?:e|es|ed)|pledg(?:e|es|ed)|offer(?:s|ed)?|commit(?:s|ted)?\s+to|decid(?:e|es|ed)\s+to|invit(?:e|es|ed|ation)|(?:would|will|shall)\s+(?:\w+\s+)?(?:visit|meet|hold\s+talks|sign)|(?:expected|set|due|plans?|planned|planning|hopes?|hoped|intends?)\s+to\s+(?:sign|meet|visit|hold|conclude)|expects?\s+(?:another|a|the\s+next)\s+(?:meeting|visit))\b/iu, '036'),
  rule('sign-agreement', 'signing or concluding an agreement, a treaty or a declaration is SUPPORT in PLOVER (CAMEO 057, per CAMEO2PLOVER)', 'SUPPORT', /\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied)|conclud(?:e|es|ed)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|treaty|accord|pact|convention))\b/iu, '057'),
  rule('accuse', 'criticising, condemning, accusing, blaming or investigating is ACCUSE (CAMEO 09, 11)', 'ACCUSE', /\b(?:(?:condemn|denounc|criticis|criticiz)\w*\s+(?:[\p{L}’'-]+\s+){0,4}?(?:invasion|war|attacks?|aggression|annexation|occupation|strikes?|crackdown|arrests?)|accus(?:e|es|ed|ing|ation)|criticis\w*|criticiz\w*|condemn\w*|denounc\w*|blam(?:e|es|ed)|alleg(?:e|es|ed)|complain\w*|rebuk\w*|decr(?:y|ies|ied)|investigat\w*|su(?:e|es|ed)\b|lawsuit|summon(?:s|ed)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:ambassador|envoy|charg[ée])|lodg(?:e|es|ed)\s+(?:a\s+)?(?:formal\s+|strong\s+)?protest|protest\s+note)\b/iu, '112'),
  rule('assault', 'a war, an invasion, an attack or a killing is ASSAULT (CAMEO 18–20)', 'ASSAULT', /\b(?:(?<!(?:prisoners?\s+of|Cold|post-|pre-|inter-)\s?)wars?|war\s+broke\s+out|invad(?:e|es|ed|ing)|invasion|attack(?:s|ed|ing)?|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|fighting|fought|(?:air|missile|rocket|drone)\s?(?:strikes?|attacks?)|fired\s+(?:\w+\s+){0,3}?(?:missiles?|rockets?|shells?)\s+(?:at|into|on)|killed|killing|murder(?:ed)?|assassinat\w*|hostilities)\b/iu, '190'),
  rule('coerce', 'imposing a law or restrictions on a people, a crackdown, arrests, seizure or occupation is COERCE (CAMEO 17)', 'COERCE', /\b(?:impos(?:e|es|ed|ing)|crack(?:s|ed)?\s+down|crackdown|arrest(?:s|ed)?|detain(?:s|ed)?|seiz(?:e|es|ed|ure)|occup(?:y|ies|ied|ation)|annex(?:es|ed|ation)?|blockade|deport(?:s|ed)?|imprison(?:s|ed)?|ban(?:s|ned)?)\b/u, '170'),
  rule('protest', 'a demonstration, a rally, a riot or a boycott is PROTEST (CAMEO 14)', 'PROTEST', /\b(?:protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ors)|rall(?:y|ies|ied)|riot(?:s|ed)?|boycott(?:s|ed)?|hunger\s+strike)\b/iu, '140'),
  rule('mobilize', 'deploying or mobilising forces, or raising their alert, short of using them is MOBILIZE (CAMEO 15)', 'MOBILIZE', /\b(?:deploy(?:s|ed|ment)?|mobili[sz](?:e|es|ed|ation)|mass(?:es|ed)\s+troops|sen(?:d|ds|t)\s+(?:\w+\s+)?(?:troops|warships|forces)|(?:high|raised)\s+alert)\b/iu, '150'),
  rule('aid', 'aid, loans, grants, asylum or peacekeeping given to the other side is AID (CAMEO 07)', 'AID', /\b(?:aid|assistance|loans?|grants?|donat(?:e|es|ed|ion)|asylum|peacekeep\w*|(?:verification|monitoring|observer|peace|United\s+Nations|UN)\s+(?:\w+\s+)?mission|humanitarian)\b/iu, '070'),
  rule('retreat', 'withdrawing forces, a ceasefire, releasing prisoners or handing territory over is RETREAT (CAMEO 084, 087)', 'RETREAT', /\b(?:withdr(?:aw|aws|ew|awn|awal)|pull(?:s|ed)?\s+(?:back|out)|ceasefire|cease-fire|truce|releas(?:e|es|ed)|exchang(?:e|es|ed)\s+(?:\w+\s+)?(?:prisoners|detainees|hostages)|prisoner\s+(?:swap|exchange)|hand(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:back|over)|handover|ced(?:e|es|ed)|surrender(?:s|ed)?|disarm\w*|laying\s+down\s+(?:of\s+)?(?:its\s+|their\s+)?arms|return(?:s|ed)?\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+)?(?:rule|sovereignty|control))\b/iu, '084'),
  rule('recognise', 'recognising a state or government, or establishing or restoring diplomatic relations, is SUPPORT (CAMEO 054)', 'SUPPORT', /\b(?:recogni[sz](?:e|es|ed|ing|tion)|establish(?:es|ed|ing)?\s+(?:\w+\s+)?(?:ties|relations)|normali[sz](?:e|es|ed|ation)|restor(?:e|es|ed)\s+(?:\w+\s+)?relations)\b/iu, '054'),
  rule('host-visit', 'welcoming or receiving a named visitor is hosting a visit, CONSULT (CAMEO 043): the visitor acts, the host receives', 'CONSULT', /\b(?:welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|host(?:s|ed|ing)?)(?=\s+(?!the\b|a\b|an\b|this\b|its\b|their\b)(?:\p{Lu}|\p{Ll}+\s+\p{Lu}))/u, '043'),
  rule('praise', 'praising, welcoming, endorsing or thanking is SUPPORT (CAMEO 051)', 'SUPPORT', /\b(?:prais(?:e|es|ed)|welcom(?:e|es|ed)(?!\s+the\s+(?:\w+\s+)?(?:meeting|talks|summit|visit|agreement|signing|negotiations)\b)|hail(?:s|ed|ing)?|commend(?:s|ed)?|congratulat\w*|endors(?:e|es|ed|ing)|applaud(?:s|ed)?|thank(?:s|ed)?|apologi[sz](?:e|es|ed))\b/iu, '051'),
  rule('diplomatic-cooperation', 'launching, expanding or strengthening a dialogue, a partnership or ties is diplomatic cooperation, SUPPORT (CAMEO 050)', 'SUPPORT', /\b(?:launch(?:es|ed)?|expand(?:s|ed)?|upgrad(?:e|es|ed)|strengthen(?:s|ed)?|deepen(?:s|ed)?|improv(?:e|es|ed))\b[^;:]{0,60}\b(?:dialogue|partnership|ties|relations|relationship)\b|\b(?:dialogue|partnership)\b[^;:]{0,30}\b(?:launch(?:ed)?|expanded|upgraded)\b/iu, '050'),
  rule('consult', 'a meeting, talks, a summit, a visit, a call or negotiations is CONSULT (CAMEO 04)', 'CONSULT', /\b(?:meet(?:s|ing|ings)?|met|talks|summit|visit(?:s|ed|ing)?|trip|travel(?:s|led|ling|ed|ing)?|arriv(?:e|es|ed|al)|tour(?:s|ed)?|flew|discuss(?:es|ed|ions?)?|negotiat(?:e|es|ed|ing|ions?)|conference|consult(?:s|ed|ations?)?|(?:phone|telephone)\s+call|spoke|told|tells|dialogue|represented|missions?\s+to|came\s+to)\b/iu, '040'),
  rule('cooperate', 'trade, investment, joint exercises, extradition or shared intelligence is material cooperation, COOPERATE (CAMEO 06)', 'COOPERATE', /\b(?:co-?operat(?:e|es|ed|ing|ion)|joint\s+(?:military\s+)?(?:exercises?|drills?|patrols?|ventures?|operations?|projects?)|trade\s+(?:deal|agreement|pact|ties)|traded|invest(?:s|ed|ment)|extradit\w*|shar(?:e|es|ed)\s+intelligence)\b/iu, '060'),
  rule('comment', 'a statement or a comment with no act is not coded: PLOVER leaves out CAMEO’s comments (01)', null, /\b(?:said|says|announc(?:e|es|ed)|stat(?:e|es|ed)|statement|noted|wrote|letter|issued|published)\b/iu, undefined, true),
];

/** Rules for happenings both sides do together: meeting, agreeing, signing, cooperating, fighting. */
const SYMMETRIC_RULES = new Set(['consult', 'intend', 'sign-agreement', 'recognise', 'diplomatic-cooperation', 'cooperate', 'assault', 'happening-type']);

/** When no word decides, the kind of happening Entente read (`type`) does; a law, an office or a statement alone is no interaction. */
export const TYPE_FALLBACK_RULE = {
  id: 'happening-type',
  reason: 'no word names the action: the kind of happening decides (a visit or meeting is CONSULT, an agreement SUPPORT, a transfer RETREAT, trade COOPERATE, a conflict ASSAULT, a protest PROTEST, a sanction SANCTION)',
} as const;

const FALLBACK: Partial<Record<EventType, { type: PloverType; cameo: string }>> = {
  visit: { type: 'CONSULT', cameo: '042' },
  meeting: { type: 'CONSULT', cameo: '040' },
  agreement: { type: 'SUPPORT', cameo: '057' },
  transfer: { type: 'RETREAT', cameo: '084' },
  trade: { type: 'COOPERATE', cameo: '060' },
  conflict: { type: 'ASSAULT', cameo: '190' },
  protest: { type: 'PROTEST', cameo: '140' },
  sanction: { type: 'SANCTION', cameo: '163' },
};

/** The null rule when neither a word nor the kind of happening names an action. */
export const NO_ACTION_RULE = {
  id: 'no-action',
  reason: 'neither a word nor the kind of happening names an action of one side on another (a domestic law, a statement, a founding)',
} as const;

/** The side rules: how the acting side and the receiving side are told apart, tried in this order. */
export const RELATION_SIDE_RULES = [
  {
    id: 'welcomed-visitor',
    reason: 'whoever welcomes, receives or hosts a visitor is the host, the recipient; the one welcomed travelled and acts',
  },
  {
    id: 'agent-after-by',
    reason: 'in the passive ("was signed by China and India") the sides after "by" act: the first acts on the next',
  },
  {
    id: 'parties-between',
    reason: 'a happening "between" two sides ("signed between India and Pakistan") is coded with the first as actor, the second as recipient',
  },
  {
    id: 'visitor-and-host',
    reason: 'in a visit or meeting at a place, the side that travelled acts and the host (the place’s country) receives, as PLOVER codes CONSULT',
  },
  {
    id: 'hyphenated-pair',
    reason: 'two sides joined by a hyphen ("Sino-Indian", "UK-EU negotiations", "Anglo-Irish Agreement") are the pair: the first acts, the second receives',
  },
  {
    id: 'subject-and-object',
    reason: 'the side named first (the grammatical subject, or the voice of "I", "we" and an unnamed office) acts on the first other side named after the verb',
  },
  {
    id: 'article-pair',
    reason: 'the pair the article is about (its title’s sides, else its text’s most named) gives the side the words leave out: the other side of a cooperative happening that names one side or none ("The inaugural meeting was held") or of "the two sides", and who gave when no side stands before the verb ("Handover of Hong Kong to China")',
  },
  {
    id: 'event-actors',
    reason: 'the words name fewer than two sides; the event’s own actors (of an editor’s known event or correction) give them, in their order',
  },
] as const;

/** The null rule when two distinct sides cannot be found. */
export const NO_COUNTERPART_RULE = {
  id: 'no-counterpart',
  reason: 'fewer than two distinct political sides (countries, organisations, territories) can be found: nothing passes between two actors',
} as const;

/** A side named in the text, where. `host` marks a place a visit or meeting happens in. */
interface SideMention {
  at: number;
  end: number;
  side: string;
  host: boolean;
}

/** Words before a place that make it where a happening is: "in Tokyo", "visited Beijing", "came to the United Kingdom". */
const PLACE_BEFORE = /\b(?:in|at|to|visit(?:ed|s|ing)?|arriv(?:ed|es|ing)\s+in|(?:flew|travel\w*|came|went|trip|missions?)\s+to)\s+(?:the\s+)?(?:city\s+of\s+)?$/iu;

/** A government office or body: it acts for its country, not for itself. */
const GOVERNMENT_BODY = /\b(?:Office|Ministry|Department|Cabinet|Parliament|Government|Embassy|Treasury|Commission)\b/u;

/** Words that make a name an organisation's: "Human Rights Watch", "Revolutionary Armed Forces of Colombia". */
const ORGANISATION_WORD =
  /\b(?:Watch|Group|Party|Army|Forces|Front|Movement|Organi[sz]ation|Union|Council|Committee|Bank|Fund|Agency|League|Federation|Alliance|International|Amnesty|Association|Institute|Foundation)\b/u;

/** An office or "I"/"we" opening the text with no nationality: the voice of the text (a release's own government). */
const VOICE_SUBJECT =
  /^(?:(?:the|my|our)\s+)?(?:right\s+hon(?:ourable|\.)?\s+(?:and\s+learned\s+)?friend\s+(?:the\s+)?)?(?:prime\s+minister|foreign\s+secretary|secretary\s+of\s+state|secretary|minister|president|premier|chancellor|government|foreign\s+ministry|spokes(?:man|woman|person)|delegation|ambassador|leaders?)\b/iu;

/** Where a clause of its own starts inside a sentence: a relative pronoun or a semicolon. */
const RELATIVE_CLAUSE = /\b(?:that|which|who|whom|where|while)\b|;/giu;

/** First-person words: the speaker's side wherever they stand. */
const FIRST_PERSON_WORD = /(?<![\p{L}])(?:I|[Ww]e|[Mm]y|[Oo]ur|us)(?![\p{L}’'])/gu;

const EXTRA_NAMES = new Map(SIDE_NAMES.flatMap(({ id, names, place }) => names.map((name) => [name, { id, place: place === true }] as const)));
const EXTRA_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...EXTRA_NAMES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * The side a name stands for: a country, organisation or territory for itself; a person of
 * `content/actors` for whom they act.
 */
function sideOf(actor: Actor, context: RelationContext): string | undefined {
  return actor.kind === 'person' ? context.affiliations.get(actor.id) : actor.id;
}

const CAPITALS = new Set(countries.flatMap((country) => country.capital));

/**
 * Capitals the gazetteer leaves out because people go by their names ("Washington", "Victoria"):
 * after "in", "to" or "visited" they are the place, and so their country.
 */
const CAPITAL_COUNTRIES = new Map(countries.filter((country) => country.unMember).flatMap((country) => country.capital.map((capital) => [capital.replace(/,?\s*D\.C\.$/u, ''), slugify(country.name.common)] as const)));

/** A capital that opens a longer name ("the Tashkent Declaration", "the Beijing Olympics") names no side. */
function opensName(text: string, name: string, at: number): boolean {
  return CAPITALS.has(name) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(at + name.length));
}

/** Names are listed with straight apostrophes ("People's Republic of China"); the same length keeps every offset. */
function straightApostrophes(text: string): string {
  return text.replaceAll('’', "'");
}

/** Every side the text names, in order; a span two finders both claim goes to the longer name. */
function sideMentions(written: string, input: RelationInput, context: RelationContext): SideMention[] {
  const text = straightApostrophes(written);
  /** `place`: a name a visit can go to (a country, a capital, a government's building, "us"). */
  const found: Array<Omit<SideMention, 'host'> & { place: boolean }> = [];
  const claim = (at: number, end: number, side: string | undefined, place = false): void => {
    if (side === undefined) return;
    const overlapping = found.filter((entry) => entry.at < end && at < entry.end);
    if (overlapping.some((entry) => entry.end - entry.at >= end - at)) return;
    for (const entry of overlapping) found.splice(found.indexOf(entry), 1);
    found.push({ at, end, side, place });
  };
  for (const { index, name } of namePlaces(context.gazetteer, text)) {
    const actor = context.gazetteer.byName.get(name);
    if (actor && !opensName(text, name, index)) claim(index, index + name.length, sideOf(actor, context), actor.kind === 'country' || actor.kind === 'place');
  }
  for (const match of text.matchAll(EXTRA_PATTERN)) {
    const name = EXTRA_NAMES.get(match[0]);
    claim(match.index, match.index + match[0].length, name?.id, name?.place === true);
  }
  for (const match of text.matchAll(/\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/gu)) {
    const country = context.gazetteer.byName.has(match[0]) ? undefined : CAPITAL_COUNTRIES.get(match[0]);
    if (country !== undefined && PLACE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) {
      claim(match.index, match.index + match[0].length, country, true);
    }
  }
  // People and organisations the name finders found that the gazetteer does not know.
  for (const actor of input.actors) {
    if (context.gazetteer.byName.has(actor.name) || actor.kind === 'country') continue;
    const at = text.indexOf(actor.name);
    if (at < 0) continue;
    const end = at + actor.name.length;
    if (actor.kind === 'person') {
      // A nationality just before the name ("Chinese premier Zhou Enlai") already names the side;
      // a person opening the text with none is the voice's (a release's own minister).
      const side = context.affiliations.get(actor.id) ?? (at <= 2 ? input.voice : undefined);
      const named = found.some((entry) => entry.end <= at && at - entry.end <= 30);
      if (!named) claim(at, end, side);
    } else if (actor.kind === 'organisation') {
      // A name the parser took for an organisation is one only with an organisation's word in it.
      if (GOVERNMENT_BODY.test(actor.name)) claim(at, end, input.voice);
      else if (ORGANISATION_WORD.test(actor.name)) claim(at, end, actor.id);
    } else claim(at, end, actor.id, true);
  }
  if (input.voice !== undefined) {
    const opening = VOICE_SUBJECT.exec(text);
    if (opening && !/^\s*(?:of|for)\s/iu.test(text.slice(opening[0].length))) claim(0, opening[0].length, input.voice);
    for (const match of text.matchAll(FIRST_PERSON_WORD)) claim(match.index, match.index + match[0].length, input.voice, match[0] === 'us');
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ place, ...entry }) => ({ ...entry, host: place && PLACE_BEFORE.test(text.slice(Math.max(0, entry.at - 40), entry.at)) }));
}

/** The two sides, and the rule that told them apart, or undefined when there are not two. */
function twoSides(
  mentions: readonly SideMention[],
  text: string,
  type: PloverType,
  verbAt: number,
  welcomed: boolean,
  pair: readonly string[],
  symmetric: boolean,
): { actor: string; recipient: string; rule: string } | undefined {
  const distinct = [...new Set(mentions.map((mention) => mention.side))];
  if (distinct.length < 2) return undefined;
  const firstOther = (from: readonly SideMention[], not: string) => from.find((mention) => mention.side !== not)?.side;
  // "signed by China and India", "between India and Pakistan": two sides joined by "and" right
  // after the word that introduces them.
  const joinedAfter = (word: RegExp): { actor: string; recipient: string } | undefined => {
    const found = word.exec(text);
    if (found === null) return undefined;
    const from = found.index + found[0].length;
    const [first, ...rest] = mentions.filter((mention) => mention.at >= from);
    if (first === undefined || !/^[\s\p{L}'’.-]{0,40}$/u.test(text.slice(from, first.at))) return undefined;
    const second = rest.find((mention) => mention.side !== first.side);
    if (second === undefined || !/^[^.;:]{0,70}$/u.test(text.slice(first.end, second.at)) || !/\band\b/u.test(text.slice(first.end, second.at))) return undefined;
    return { actor: first.side, recipient: second.side };
  };
  if (welcomed) {
    const host = mentions.find((mention) => mention.at < verbAt) ?? mentions[0]!;
    const visitor = firstOther(mentions.filter((mention) => mention.at >= verbAt), host.side);
    if (visitor !== undefined) return { actor: visitor, recipient: host.side, rule: 'welcomed-visitor' };
  }
  const agents = joinedAfter(/\b\w+(?:ed|en)\s+by\s/iu);
  if (agents) return { ...agents, rule: 'agent-after-by' };
  const parties = joinedAfter(/\bbetween\s/iu);
  if (parties) return { ...parties, rule: 'parties-between' };
  // The place of a visit follows its verb ("a state visit to China", "met in Beijing").
  const hosts = type === 'CONSULT' ? mentions.filter((mention) => mention.host) : [];
  const host = hosts.find((mention) => mention.at >= verbAt) ?? hosts[0];
  if (host) {
    const visitor = firstOther(mentions, host.side);
    if (visitor !== undefined) return { actor: visitor, recipient: host.side, rule: 'visitor-and-host' };
  }
  const hyphenated = mentions.findIndex((mention, index) => {
    const next = mentions[index + 1];
    return next !== undefined && next.side !== mention.side && /^\s?[-–—/]\s?$/u.test(text.slice(mention.end, next.at));
  });
  if (hyphenated >= 0) return { actor: mentions[hyphenated]!.side, recipient: mentions[hyphenated + 1]!.side, rule: 'hyphenated-pair' };
  // The subject of the verb's own clause: "the former colony that London handed back to China".
  const clauseStart = Math.max(-1, ...[...text.slice(0, verbAt).matchAll(RELATIVE_CLAUSE)].map((match) => match.index));
  const subject = mentions.find((mention) => mention.at > clauseStart && mention.at < verbAt);
  // "handed Hong Kong back to China": the side given to is the recipient, not the thing given.
  const afterVerb = mentions.filter((mention) => mention.at >= verbAt);
  const dative = (not: string | undefined) =>
    afterVerb.find((mention) => mention.side !== not && /\bto\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, mention.at - 8), mention.at)))?.side;
  if (subject === undefined) {
    // No side before the verb ("Handover of Hong Kong to China"): the article's pair names who gave.
    const recipient = dative(undefined);
    const actor = recipient === undefined ? undefined : pair.find((side) => side !== recipient);
    if (recipient !== undefined && actor !== undefined) return { actor, recipient, rule: 'article-pair' };
  }
  const actor = (subject ?? mentions[0]!).side;
  // "Argentina and Britain fought over the Falklands": in a happening of both, the partner named with the subject is the other side.
  const partner = subject && mentions.find((mention) => mention.at > subject.end && mention.at < verbAt && /^\s+and\s+(?:the\s+)?$/iu.test(text.slice(subject.end, mention.at)));
  if (symmetric && partner && partner.side !== actor) return { actor, recipient: partner.side, rule: 'subject-and-object' };
  // What is given goes "to" its recipient; what is said or done is done to its object ("condemned the visit … to Taiwan").
  const gives = type === 'RETREAT' || type === 'AID' || type === 'CONCEDE' || type === 'COOPERATE';
  const recipient = (gives ? dative(actor) : undefined) ?? firstOther(afterVerb, actor) ?? firstOther(mentions, actor)!;
  return { actor, recipient, rule: 'subject-and-object' };
}

/** Each rule's words as a pattern that finds every place they stand, made once: making one for each rule at each event cost more than matching them. */
const EVERY_PLACE = new WeakMap<RelationTypeRule, RegExp>();
function everyPlace(rule: RelationTypeRule): RegExp {
  let pattern = EVERY_PLACE.get(rule);
  if (pattern === undefined) {
    pattern = new RegExp(rule.words.source, `${rule.words.flags}g`);
    EVERY_PLACE.set(rule, pattern);
  }
  return pattern;
}

/**
 * The rule whose words stand nearest before the date ("… met Wang Yi on Friday"), else nearest
 * after it ("The Security Council today authorized … a Verification Mission"), else the first in
 * order: a sentence that names several actions dates the one its date is written beside.
 */
function nearestRule(
  rules: readonly RelationTypeRule[],
  text: string,
  dateText: string | undefined,
): { rule: RelationTypeRule; place: 'before' | 'undated' | 'after' } | undefined {
  const dateAt = dateText ? text.indexOf(dateText) : -1;
  if (dateAt < 0) {
    const rule = rules.find((candidate) => candidate.words.test(text));
    return rule && { rule, place: 'undated' };
  }
  const placed = rules.flatMap((candidate) =>
    [...text.matchAll(everyPlace(candidate))].map((match) => ({ rule: candidate, at: match.index, end: match.index + match[0].length })),
  );
  // Before the date, the words that end nearest it ("expects another meeting early next year" is a
  // meeting expected, not a meeting); ties go to the rule first in order.
  // Of words that end together, the longer says more ("expected to sign" over "sign").
  const before = placed
    .filter(({ at }) => at < dateAt)
    .sort((a, b) => b.end - a.end || a.at - b.at || RELATION_TYPE_RULES.indexOf(a.rule) - RELATION_TYPE_RULES.indexOf(b.rule))[0];
  const after = placed.filter(({ at }) => at >= dateAt).sort((a, b) => a.at - b.at)[0];
  if (before) return { rule: before.rule, place: 'before' };
  return after && { rule: after.rule, place: 'after' };
}

/** The relation of the given type between two sides, its intensity from the CAMEO code's Goldstein weight. */
export function relationOf(type: PloverType, actor: string, recipient: string, cameo: string = TYPE_CAMEO[type]): Relation {
  return { type, quad: PLOVER_QUAD[type], intensity: GOLDSTEIN[cameo] ?? GOLDSTEIN[TYPE_CAMEO[type]]!, actor, recipient };
}

/**
 * Code one event: the type rule whose words stand beside its date (see `nearestRule`; an editor's
 * title first), else its kind of happening; then the two sides it passes between; `null` with the
 * rule that found no interaction.
 *
 * @example
 * const context = { gazetteer: createGazetteer([]), affiliations: new Map() }
 * codeRelation({ text: 'Britain handed Hong Kong back to China in 1997.', title: 'Britain hands Hong Kong back to China', type: 'transfer', actors: [] }, context)
 * //=> { relation: { type: 'RETREAT', quad: 'material-cooperation', intensity: 7, actor: 'united-kingdom', recipient: 'china' }, rules: ['retreat', 'subject-and-object'] }
 */
export function codeRelation(input: RelationInput, context: RelationContext): RelationCoding {
  // An editor's title (a known event's, a correction's) tells the event first of all. Else words
  // before the date name its happening best; then a text that does not write the date (the title);
  // then words after the date. A weak rule decides only when no other finds words.
  const texts = input.editorTitle ? [input.title, input.text] : [input.text, input.title];
  const strong = RELATION_TYPE_RULES.filter((candidate) => !candidate.weak);
  const ranked = (rules: readonly RelationTypeRule[]) => {
    const found = texts.flatMap((text) => nearestRule(rules, text, input.dateText) ?? []);
    if (input.editorTitle) return found[0]?.rule;
    return (found.find((candidate) => candidate.place === 'before') ?? found.find((candidate) => candidate.place === 'undated') ?? found[0])?.rule;
  };
  const fired = ranked(strong) ?? ranked(RELATION_TYPE_RULES);
  if (fired !== undefined && fired.type === null) return { relation: null, rules: [fired.id] };
  const fallback = FALLBACK[input.type];
  const type = fired?.type ?? fallback?.type;
  if (type === undefined || type === null) return { relation: null, rules: [NO_ACTION_RULE.id] };
  const typeRule = fired?.id ?? TYPE_FALLBACK_RULE.id;
  const cameo = fired?.cameo ?? fallback?.cameo;
  for (const text of texts) {
    // The rules' words have no 'g' flag (see `rule`): exec keeps no state between texts.
    const verb = fired ? fired.words.exec(text) : null;
    // Where the verb itself ends: a rule's words may run on to its object ("condemned Russia’s invasion").
    const verbAt = verb === null ? 0 : verb.index + (/^\S+/u.exec(verb[0])?.[0].length ?? 0);
    const welcomed = typeRule === 'host-visit';
    const sides = twoSides(sideMentions(text, input, context), text, type, verbAt, welcomed, input.pair ?? [], SYMMETRIC_RULES.has(typeRule));
    if (sides) return { relation: relationOf(type, sides.actor, sides.recipient, cameo), rules: [typeRule, sides.rule] };
  }
  const own = input.editorTitle ? [...new Set(input.actors.flatMap((actor) => sideOf(actor, context) ?? []))] : [];
  if (own.length >= 2) return { relation: relationOf(type, own[0]!, own[1]!, cameo), rules: [typeRule, 'event-actors'] };
  const paired = pairedSides(input, context, type, fired);
  if (paired) return { relation: relationOf(type, paired.actor, paired.recipient, cameo), rules: [typeRule, 'article-pair'] };
  return { relation: null, rules: [typeRule, NO_COUNTERPART_RULE.id] };
}

/** "the two sides", "both countries": the pair the article is about. */
const THE_TWO_SIDES = /\b(?:the\s+two|both)\s+(?:sides|countries|nations|governments|leaders|parties|states)\b/iu;

/**
 * The article's own pair completes a cooperative happening whose words name one side or none
 * ("The inaugural meeting was held", "Wu Yi came to the United Kingdom"), or any happening of "the
 * two sides". A side named twice and no other is a matter inside that side ("Lammy will meet British
 * business leaders"); conflict is never borrowed from the context.
 */
function pairedSides(
  input: RelationInput,
  context: RelationContext,
  type: PloverType,
  fired: RelationTypeRule | undefined,
): { actor: string; recipient: string } | undefined {
  const pair = input.pair ?? [];
  if (pair.length < 2 || (PLOVER_QUAD[type].endsWith('conflict') && !THE_TWO_SIDES.test(input.text))) return undefined;
  const mentions = sideMentions(input.text, input, context);
  const named = [...new Set(mentions.map((mention) => mention.side))];
  // Named twice, a side is the host of a visit ("missions to Beijing, where he met Chinese premier …") or a matter inside it.
  const hosted = mentions.some((mention) => mention.host);
  if (named.length > 1 || (mentions.length > 1 && !hosted) || (named.length === 1 && !pair.includes(named[0]!))) return undefined;
  // "Lammy will meet British business leaders": the one side named is also the side of its people.
  const ownPeople = input.actors.some((actor) => actor.kind === 'person' && context.affiliations.get(actor.id) === named[0] && !input.text.includes(actor.name));
  if (ownPeople) return undefined;
  const one = mentions.find((mention) => mention.host) ?? mentions[0];
  // With no side named, the voice of the text acts on the other ("The inaugural meeting was held").
  if (one === undefined) {
    const voice = input.voice !== undefined && pair.includes(input.voice) ? input.voice : undefined;
    return voice === undefined ? { actor: pair[0]!, recipient: pair[1]! } : { actor: voice, recipient: pair.find((side) => side !== voice)! };
  }
  const other = pair.find((side) => side !== one.side)!;
  const verb = fired ? fired.words.exec(input.text) : null;
  // A host receives; a side named after the verb is acted on; else it is the subject.
  const receives = one.host || (verb !== null && one.at > verb.index);
  return receives ? { actor: other, recipient: one.side } : { actor: one.side, recipient: other };
}

/**
 * The two sides an article is about: those its title names, in order ("UK-Japan relationship"),
 * then those its text names most.
 *
 * @example
 * articlePair('Minister arrives in Tokyo to strengthen UK-Japan relationship', [], { gazetteer: createGazetteer([]), affiliations: new Map() })
 * //=> ['japan', 'united-kingdom']
 */
export function articlePair(title: string, sentences: readonly string[], context: RelationContext): string[] {
  const sides = (text: string) => namedSides(text, context).map(({ side }) => side);
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const side of sides(sentence)) counts.set(side, (counts.get(side) ?? 0) + 1);
  const byCount = [...counts].sort(([, a], [, b]) => b - a).map(([side]) => side);
  return [...new Set([...sides(title), ...byCount])].slice(0, 2);
}

/**
 * The relation context of the editors' actors: a person acts for the organisation their `role`
 * names ("Associate China director, Human Rights Watch"), else for their `country`.
 *
 * @example
 * const gazetteer = createGazetteer([])
 * createRelationContext([{ id: 'david-lammy', name: 'David Lammy', kind: 'person', aliases: [], country: 'United Kingdom' }], gazetteer).affiliations.get('david-lammy')
 * //=> 'united-kingdom'
 */
export function createRelationContext(knownActors: readonly KnownActor[], gazetteer: Gazetteer): RelationContext {
  const context: RelationContext = { gazetteer, affiliations: new Map() };
  const affiliations = new Map<string, string>();
  for (const known of knownActors) {
    if (known.kind !== 'person') continue;
    const employer = known.role === undefined ? undefined : namedSides(known.role, context).find((named) => named.kind === 'organisation');
    const country = known.country === undefined ? undefined : gazetteer.byName.get(known.country)?.id ?? slugify(known.country);
    const side = employer?.side ?? country;
    if (side !== undefined) affiliations.set(known.id, side);
  }
  return { gazetteer, affiliations };
}

/** The countries, organisations and territories a text names, in order, with what kind each is. */
function namedSides(written: string, context: RelationContext): Array<{ side: string; kind: Actor['kind']; end: number }> {
  const text = straightApostrophes(written);
  const found: Array<{ at: number; side: string; kind: Actor['kind']; end: number }> = [];
  for (const { index, name } of namePlaces(context.gazetteer, text)) {
    const actor = context.gazetteer.byName.get(name);
    if (actor && actor.kind !== 'person' && !opensName(text, name, index)) found.push({ at: index, side: actor.id, kind: actor.kind, end: index + name.length });
  }
  for (const match of text.matchAll(EXTRA_PATTERN)) {
    const side = EXTRA_NAMES.get(match[0])?.id;
    if (side !== undefined) found.push({ at: match.index, side, kind: 'organisation', end: match.index + match[0].length });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The side that speaks in an article: the speaker's (an editor's person acts for their country),
 * else the first side its `source:` names (a government's own release: "GOV.UK", "US Department of
 * State"), else none.
 *
 * @example
 * textVoice({ source: 'GOV.UK (Foreign and Commonwealth Office)' }, undefined, { gazetteer: createGazetteer([]), affiliations: new Map() })
 * //=> 'united-kingdom'
 */
export function textVoice(
  article: { source?: string | undefined },
  speaker: { name: string; actor: Actor | undefined } | undefined,
  context: RelationContext,
): string | undefined {
  // A person of the editors acts for their side; an office names it ("President of the European Council …").
  const spoken = speaker === undefined ? undefined : (speaker.actor?.kind === 'person' ? context.affiliations.get(speaker.actor.id) : undefined) ?? namedSides(speaker.name, context)[0]?.side;
  return spoken ?? (article.source === undefined ? undefined : namedSides(article.source, context)[0]?.side);
}
