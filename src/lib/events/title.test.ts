import { describe, expect, it } from 'vitest';
import { headline, withFullNames } from './title.ts';

function headlineOf(sentence: string, dateText: string): string {
  const start = sentence.indexOf(dateText);
  return headline(sentence, start, start + dateText.length).title;
}

describe('headline', () => {
  it('returns the clause that holds the date, in the present tense, without the date', () => {
    expect(
      headlineOf('Beijing imposed a sweeping national security law on the financial hub in 2020, snuffing out months of pro-democracy protests there.', '2020'),
    ).toBe('Beijing imposes a sweeping national security law on the financial hub');
  });

  it('returns an absolute clause’s subject and verb without its connective and job title', () => {
    expect(
      headlineOf('Britain and China once made much of their burgeoning ties, with then Prime Minister David Cameron hailing a “Golden Age” in relations in 2015.', '2015'),
    ).toBe('David Cameron hails a “Golden Age” in relations');
  });

  it('returns Hansard’s "hon. and learned Friend" as one honorific, and a hyphenated office dropped whole', () => {
    expect(headlineOf('My right hon. and learned Friend the Foreign Secretary has met Foreign Minister Qian three times this year.', 'this year')).toBe(
      'My right hon. Friend the Foreign Secretary meets Qian three times',
    );
    expect(headlineOf('Vice-Premier Li Lanqing visited London last month.', 'last month')).toBe('Li Lanqing visits London');
  });

  it('returns a participle, a copula and a clause with a modifying gerund in the present', () => {
    expect(headlineOf('Carter had taken office in January 1977 and sought to revive a peace conference.', 'in January 1977')).toBe('Carter takes office');
    expect(headlineOf('The elections on 7 November were neither free, fair nor inclusive.', 'on 7 November')).toBe('The elections are neither free');
    expect(headlineOf('Leaders of the 35 participating states met in Finlandia Hall on 30 July 1975.', 'on 30 July 1975')).toBe(
      'Leaders of the 35 participating states meet in Finlandia Hall',
    );
  });

  it('returns the "when" clause that a date after "since" dates', () => {
    expect(
      headlineOf('The ministers reviewed progress since December 17, 2014, when President Obama and President Raúl Castro announced a thaw.', 'December 17, 2014'),
    ).toBe('Obama and Raúl Castro announce a thaw');
  });

  it('returns the subject or plural a pronoun inside the sentence stands for', () => {
    expect(headlineOf('The Foreign Secretary issued a statement the same day, and he spoke to her by telephone last week.', 'last week')).toBe(
      'The Foreign Secretary speaks to her by telephone',
    );
    expect(headlineOf('The Prime Minister said he would press G7 leaders to go further when they meet in Germany in June.', 'in June')).toBe('G7 leaders meet in Germany');
  });

  it('returns a relative clause with its antecedent as the object', () => {
    expect(
      headlineOf('Perhaps the biggest sticking point between the two countries has been Hong Kong, the former British colony that London handed back to China in 1997.', '1997'),
    ).toBe('London hands Hong Kong back to China');
  });

  it('returns the clause after a leading date phrase', () => {
    expect(
      headlineOf('On Friday afternoon, Lammy met with Wang at Beijing’s Diaoyutai State Guesthouse, telling the top diplomat the UK would act.', 'Friday afternoon'),
    ).toBe('Lammy meets with Wang at Beijing’s Diaoyutai State Guesthouse');
  });

  it('returns the clause a date opens after a semicolon, not the clause before it', () => {
    expect(headlineOf('On Thursday China announced it would send a trade mission; the following day Kenya said it welcomed the move.', 'the following day')).toBe(
      'Kenya says it welcomed the move',
    );
    // After a comma, the date ends the clause before it.
    expect(headlineOf('The meeting was hosted by the Soviet Union in Tashkent, Uzbekistan, from 4 to 10 January 1966 in an attempt to create a settlement.', '4 to 10 January 1966')).toBe(
      'The meeting hosted by the Soviet Union in Tashkent',
    );
  });

  it('returns a relative clause with the noun it describes as subject', () => {
    expect(headlineOf('The two leaders agreed to resume regular visits, which were suspended in 2011.', '2011')).toBe(
      'Regular visits suspended',
    );
  });

  it('returns the date’s own happening when it lies in a clause after "since"', () => {
    expect(headlineOf('Putin visited India on Friday, his first visit since Russia invaded Ukraine in February 2022.', 'February 2022')).toBe(
      'Russia invades Ukraine',
    );
  });

  it('returns the plain verb for a plural subject and the -s form for a name ending in s', () => {
    expect(headlineOf('Relations soured in 2018 after a court ruling.', '2018')).toBe('Relations sour after a court ruling');
    expect(headlineOf('The United States imposed tariffs in 2018.', '2018')).toBe('The United States imposes tariffs');
  });

  it('returns a plan as "to" and a passive as its participle', () => {
    expect(headlineOf('Lammy will visit Shanghai on Saturday.', 'Saturday')).toBe('Lammy to visit Shanghai');
    expect(headlineOf('Diplomatic relations were established in 1972.', '1972')).toBe('Diplomatic relations established');
  });

  it('returns what a report reports when the date lies in it and it has a subject of its own', () => {
    expect(headlineOf('Mudavadi told reporters on Thursday that the two governments had agreed to resume talks in the autumn.', 'the autumn')).toBe(
      'The two governments agree to resume talks',
    );
    // "he" may be someone the report does not name: the report stays.
    expect(headlineOf('The spokeswoman said that he would be released in July.', 'July')).toBe('The spokeswoman says that he would be released');
    // A date before the "that" is the report's own.
    expect(headlineOf('Misri said on Monday that talks with China had failed.', 'Monday')).toBe('Misri says that talks with China had failed');
  });

  it('returns the reported news, not the bare report of who said it', () => {
    expect(
      headlineOf('India and China have reached an agreement on border patrols, Foreign Secretary Vikram Misri said on Monday.', 'Monday'),
    ).toBe('India and China reach an agreement on border patrols');
  });

  it('returns the happening a noun phrase names after "after"', () => {
    expect(headlineOf('Ties plunged after the deadly Galwan clash in 2020.', '2020')).toBe('The deadly Galwan clash');
  });

  it('returns a participle clause with the noun it describes', () => {
    expect(headlineOf('Talks led to the Sino-British Joint Declaration, signed on 19 December 1984.', '19 December 1984')).toBe(
      'The Sino-British Joint Declaration signed',
    );
  });

  it('returns a possibility as a possibility', () => {
    expect(headlineOf('Talks on trade may resume in May 2020.', 'May 2020')).toBe('Talks on trade may resume');
  });

  describe('edge cases', () => {
    it('returns the subject an aside cut from its verb, and a planned passive as "to be"', () => {
      expect(headlineOf('The Studies, other than that on security matters, will be laid before the House tomorrow.', 'tomorrow')).toBe(
        'The Studies to be laid before the House',
      );
    });

    it('returns "The following" as a determiner, not a circumstance to cut', () => {
      expect(headlineOf('The following press statement was issued today by the Council President.', 'today')).toBe(
        'The following press statement issued by the Council President',
      );
    });

    it('returns the words of a verbless line without its date', () => {
      expect(headlineOf('1997 – Handover of Hong Kong to China.', '1997')).toBe('Handover of Hong Kong to China');
    });

    it('returns the whole dated clause, which headline-rules.ts shortens', () => {
      const title = headlineOf(
        'The foreign ministers of the two largest economies in the region signed a long and detailed memorandum on maritime cooperation, fisheries and coast guard communication in 2019.',
        '2019',
      );
      expect(title).toBe('The foreign ministers of the two largest economies in the region sign a long and detailed memorandum on maritime cooperation');
    });
  });
});

describe('withFullNames', () => {
  it('returns a name given by its first part spelled out', () => {
    expect(withFullNames('Lammy meets with Wang at the guesthouse', ['David Lammy', 'Wang Yi'])).toBe(
      'David Lammy meets with Wang Yi at the guesthouse',
    );
  });

  it('returns a person named by the last name with the full name, as a title is its own first use', () => {
    expect(withFullNames('Cameron hails a “Golden Age”', ['David Cameron'])).toBe('David Cameron hails a “Golden Age”');
  });

  it('returns a month that is also a surname unchanged', () => {
    expect(withFullNames('Talks resume in May', ['Theresa May'])).toBe('Talks resume in May');
  });
});
