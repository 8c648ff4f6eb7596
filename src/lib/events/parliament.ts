/**
 * How Hansard names members: "my right hon. and learned Friend the Foreign Secretary" is, in a
 * headline, "The Foreign Secretary"; "my hon. Friend" alone stands for someone named before.
 */

/** The epithet of "my right hon. and learned Friend", "my hon. and gallant Friend": no predicate "learned …". */
export const PARLIAMENTARY_EPITHET = /(?<=\b[Hh]on(?:ourable|\.)?)\s+and\s+(?:learned|gallant)(?=\s+[Ff]riend\b)/gu;

/** "My right hon. Friend the …" at the start of a title, with what follows it. */
export const PARLIAMENTARY_FRIEND = /^(?:(?:[Mm]y|[Oo]ur|[Tt]he)\s+)?(?:[Rr]ight\s+)?[Hh]on(?:ourable|\.)?\s+(?:and\s+(?:learn(?:ed)?|gallant)\s+)?[Ff]riend\s+(?:the\s+)?/u;

/**
 * The office a parliamentary "Friend" is named by, as a title's subject, or undefined when none is given.
 *
 * @example
 * officeOfFriend('My right hon. and learned Friend the Foreign Secretary has met Qian') //=> 'The Foreign Secretary has met Qian'
 * officeOfFriend('My right hon. Friend expects another meeting') //=> undefined
 */
export function officeOfFriend(text: string): string | undefined {
  const friend = PARLIAMENTARY_FRIEND.exec(text);
  if (friend === null) return undefined;
  const rest = text.slice(friend[0].length);
  return /^\p{Lu}/u.test(rest) ? `The ${rest}` : undefined;
}

/** How many sentences back a bare "my hon. Friend" may refer to one named by office. */
const FRIEND_LOOKBACK = 5;

/**
 * The office of the Friend last named by office in the sentences before `index` ("My right hon.
 * Friend the Foreign Secretary has met …"), whom a later bare "my hon. Friend" stands for.
 *
 * @example
 * namedFriendBefore(['§ Mr. HanleyMy right hon. Friend the Foreign Secretary has met Qian.', 'I have met him too.', 'My hon. Friend expects a meeting.'], 2)
 * //=> 'The Foreign Secretary'
 */
export function namedFriendBefore(sentences: readonly string[], index: number): string | undefined {
  for (let at = index - 1; at >= Math.max(0, index - FRIEND_LOOKBACK); at--) {
    // The sentence may open on its Hansard turn ("§ Mr. HanleyMy right hon. Friend …").
    const text = sentences[at]!.replace(PARLIAMENTARY_EPITHET, '');
    const office = officeOfFriend(text.slice(Math.max(0, text.search(/(?:[Mm]y|[Oo]ur)\s+(?:[Rr]ight\s+)?[Hh]on/u))));
    // The office is the capitalised words after "Friend the": "The Foreign Secretary has met …" → "The Foreign Secretary".
    if (office !== undefined) return /^The(?:\s+\p{Lu}[\p{L}-]*)+/u.exec(office)?.[0];
  }
  return undefined;
}
