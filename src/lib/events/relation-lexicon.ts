/**
 * The word lists and the intensity table the relation coder (relation-rules.ts) reads: data, apart
 * from the rules that apply it, as HeidelTime keeps its resources apart from its engine.
 */
import type { PloverType } from '../vocabulary.ts';

/**
 * Goldstein weights (−10 … +10) of the CAMEO codes the relation rules stand for, as GDELT
 * publishes them (`CAMEO.goldsteinscale.txt`, https://www.gdeltproject.org/data/lookups/). Each
 * code reaches its PLOVER type through the PLOVER repository's own table, `CAMEO2PLOVER-2021.txt`
 * (openeventdata/PLOVER): 04x is CONSULT, 05x SUPPORT (057 signing a formal agreement, 054
 * recognition), 10x (DEMAND) REQUEST, and so on.
 */
export const GOLDSTEIN: Readonly<Record<string, number>> = {
  '030': 4.0, // express intent to cooperate
  '036': 4.0, // express intent to meet or negotiate
  '040': 1.0, // consult
  '042': 1.9, // make a visit
  '043': 2.8, // host a visit
  '046': 7.0, // engage in negotiation
  '050': 3.5, // engage in diplomatic cooperation
  '051': 3.4, // praise or endorse
  '054': 6.0, // grant diplomatic recognition
  '057': 8.0, // sign formal agreement
  '060': 6.0, // engage in material cooperation
  '070': 7.0, // provide aid
  '074': 8.5, // provide military protection or peacekeeping
  '080': 5.0, // yield
  '084': 7.0, // return, release
  '087': 9.0, // de-escalate military engagement
  '100': -5.0, // demand
  '111': -2.0, // criticize or denounce
  '112': -2.0, // accuse
  '120': -4.0, // reject
  '130': -4.4, // threaten
  '140': -6.5, // engage in political dissent
  '150': -7.2, // demonstrate military or police power
  '160': -4.0, // reduce relations
  '163': -8.0, // impose embargo, boycott or sanctions
  '170': -7.0, // coerce
  '173': -5.0, // arrest, detain or charge
  '190': -10.0, // use conventional military force
};

/** The CAMEO code whose weight a type takes when no rule says more (an editor's `relation:`). */
export const TYPE_CAMEO: Readonly<Record<PloverType, string>> = {
  AGREE: '030',
  CONSULT: '040',
  SUPPORT: '050',
  CONCEDE: '080',
  COOPERATE: '060',
  AID: '070',
  RETREAT: '084',
  REQUEST: '100',
  ACCUSE: '112',
  REJECT: '120',
  THREATEN: '130',
  PROTEST: '140',
  SANCTION: '160',
  MOBILIZE: '150',
  COERCE: '170',
  ASSAULT: '190',
};

/** A political side the gazetteer of countries does not know, with the names news gives it. */
export interface SideName {
  id: string;
  names: readonly string[];
  /** A government's building: a visit can go to it ("welcomed Macron to Downing Street"). */
  place?: true;
}

/**
 * Sides beyond world-countries: international organisations, states that no longer exist,
 * territories PLOVER codes as actors of their own, and the buildings and titles news writes for a
 * government ("the Kremlin", "the Taoiseach"). Longer names win over shorter ones.
 */
export const SIDE_NAMES: readonly SideName[] = [
  { id: 'united-nations-security-council', names: ['United Nations Security Council', 'UN Security Council', 'Security Council'] },
  { id: 'united-nations', names: ['United Nations', 'UN'] },
  { id: 'european-union', names: ['European Union', 'EU', 'European Commission', 'European Council', 'Council of the EU', 'European Community'] },
  { id: 'nato', names: ['NATO', 'North Atlantic Treaty Organization'] },
  { id: 'african-union', names: ['African Union'] },
  { id: 'asean', names: ['ASEAN', 'Association of Southeast Asian Nations'] },
  { id: 'arab-league', names: ['Arab League'] },
  { id: 'world-trade-organization', names: ['World Trade Organization', 'WTO'] },
  { id: 'international-monetary-fund', names: ['International Monetary Fund', 'IMF'] },
  { id: 'world-bank', names: ['World Bank'] },
  { id: 'soviet-union', names: ['Soviet Union', 'USSR', 'Soviets', 'Soviet'] },
  { id: 'prussia', names: ['Prussia', 'Prussian'] },
  { id: 'yugoslavia', names: ['Yugoslavia', 'Yugoslav'] },
  { id: 'czechoslovakia', names: ['Czechoslovakia'] },
  { id: 'east-germany', names: ['East Germany', 'German Democratic Republic'] },
  { id: 'west-germany', names: ['West Germany', 'Federal Republic of Germany'] },
  { id: 'ottoman-empire', names: ['Ottoman Empire', 'Ottoman'] },
  { id: 'tibet', names: ['Tibet', 'Tibetan'] },
  { id: 'palestine', names: ['Palestinian Authority', 'Palestinian', 'Palestinians', 'Gaza Strip', 'Gaza', 'West Bank'] },
  { id: 'taiwan', names: ['Taiwanese', 'Taipei'] },
  { id: 'united-kingdom', names: ['Downing Street', 'Whitehall'], place: true },
  { id: 'united-kingdom', names: ['Foreign and Commonwealth Office', 'Foreign Office', 'Anglo'] },
  { id: 'united-states', names: ['White House', 'Pentagon'], place: true },
  { id: 'united-states', names: ['State Department', 'Department of State', 'U.S.'] },
  { id: 'russia', names: ['Kremlin'], place: true },
  { id: 'france', names: ['Élysée', 'Quai d’Orsay', "Quai d'Orsay"], place: true },
  { id: 'france', names: ['Franco'] },
  { id: 'ireland', names: ['Taoiseach', 'Dáil'] },
  { id: 'china', names: ['Zhongnanhai', 'Peking'], place: true },
  { id: 'china', names: ['PRC', 'Sino'] },
  { id: 'india', names: ['Indo'] },
  // "Saudi Arabian" is world-countries' demonym; news writes "Saudi".
  { id: 'saudi-arabia', names: ['Saudi'] },
  // world-countries calls it Türkiye; news still writes Turkey.
  { id: 'turkiye', names: ['Turkey', 'Turkish'] },
];
