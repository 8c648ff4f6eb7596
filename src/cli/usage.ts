/**
 * Usage texts, apart from the commands so that `--help` and usage errors load no library code.
 */

export const USAGE = `Usage: entente <command> [options]

Commands:
  check [DIR]                 list every problem in the articles under DIR (default content/articles)
  extract FILE.md...          list the dates found in articles, with their positions
  extract --jsonl             read JSON lines on stdin, write the dates found as JSON lines
  new "Title" [--date D] ...  create a new article file (--from FILE: from a saved page)

Run "entente <command> --help" for a command's options.`;

export const CHECK_USAGE = `Usage: entente check [DIR] [--events] [--json]

Check every file under DIR (default: content): the articles in DIR/articles and the editors'
actors/, events/ and eras/ beside them; or, when DIR has no articles/ folder, the articles in DIR.
List each problem as file:line:column  severity  message  [rule], those of the articles' events:
corrections among them. Exits with 1 when there is an error.
With --events, then review each article: the genre it was read as and why, where its publication
date came from, what each events: correction added, corrected or dropped, every date it states and
the event it became (with the rules behind its title) or the named rule that kept it off the
timeline, and every telling merged into another's event.
With --json, print the same report as one JSON document (see README, "entente check --json").`;

export const EXTRACT_USAGE = `Usage: entente extract FILE.md...
       entente extract --jsonl < input.jsonl > output.jsonl

For each article file, list the temporal expressions found in its text, resolved against its
publication date, as file:line:column  "text"  TYPE value [mod].
With --jsonl, read {"id","text","dct"} lines on stdin and write the expressions as JSON lines.`;

export const NEW_USAGE = `Usage: entente new "Title" [--date YYYY-MM-DD] [--source SOURCE] [--tag TAG]... [--dir DIR]
       entente new --from FILE.html|FILE.txt ["Title"] [options]

Create DIR/<slug-of-title>.md (DIR defaults to content/articles) with its frontmatter filled in;
paste the article's text below it. The date defaults to today. An existing file is never
overwritten.
With --from, make the article from a saved news page: its main text as markdown, and the title,
publication date, source and address where the page gives them (nothing is fetched); or from a
plain-text file, whose first line is the title. Options given on the command line win.`;
