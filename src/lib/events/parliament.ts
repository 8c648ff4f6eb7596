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
