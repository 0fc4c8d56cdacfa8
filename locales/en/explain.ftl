# The editors' mistakes in YAML, dates, headings and the place of a field, in plain words: what
# is wrong and how to fix it, with the fix written out. Like every finding, a message starts
# lower-case (it follows `error: `), names its subject first in backticks where there is one, and
# has no full stop at the end. `{"{"}` and `{"}"}` write a brace, which Fluent reads as a value.

## YAML
explain-unclosed-quote = the quote that opens the value here is never closed
explain-unclosed-quote-help = close the value on the same line with the same quote: `{ $fix }`
explain-quote-in-quotes = this quote already ends the value, while the text goes on
explain-quote-in-quotes-help = inside the value, use other quotes than around it: `{ $fix }`
explain-unclosed-block = `{"{"}` opens a block here that is never closed with `{"}"}`
explain-unclosed-list = `[` opens a list here that is never closed with `]`
explain-unclosed-bracket-help = close it on the same line: `{ $fix }`
explain-no-space-after-colon = a space is missing after this colon
explain-no-space-after-colon-help = write a space after the colon: `{ $fix }`
explain-colon-in-value = this value holds a colon followed by a space, which YAML reads as a new key
explain-colon-in-value-help = put the value between quotes: `{ $fix }`
explain-curly-quotes = this is a curly quote (from Word or an e-mail), and YAML knows only straight quotes
explain-curly-quotes-help = replace the curly quotes with straight ones: `{ $fix }`
explain-indentation = `{ $key }` is not indented as far as the key above it
explain-indentation-help = start `{ $key }` with exactly { $spaces ->
        [one] 1 space
       *[other] { $spaces } spaces
    }, like the key above it
explain-tab = this line is indented with a tab, and YAML accepts only spaces
explain-tab-help = replace the tab with spaces: two per level
explain-dash-without-space = a space is missing after the dash of this list item
explain-dash-without-space-help = write a space after the dash: `{ $fix }`
explain-bom = an invisible byte order mark (U+FEFF) stands here, mostly copied along from another document
explain-bom-help = remove the character: delete the start of the line and type it again
explain-missing-dash = `{ $key }` appears twice in the same list item: a new item starts here, but its `- ` is missing
explain-missing-dash-help = put `- ` before the item's first key: `{ $fix }`
explain-duplicate-key = `{ $key }` appears here a second time in the same group
explain-duplicate-key-help = `{ $key }` is already on line { $line }: keep one of them

## Dates
explain-date-shape-full = `{ $text }` in { $field } is not a date in the form year-month-day (YYYY-MM-DD)
explain-date-shape-partial = `{ $text }` in { $field } is not a date in the form year-month-day (YYYY, YYYY-MM or YYYY-MM-DD)
explain-date-year-first = write the year first: `{ $date }`
explain-date-shape-help = write the date as YYYY-MM-DD, for example `2026-11-15`
explain-date-no-month = `{ $text }` in { $field } does not exist: there is no month { $month }
explain-date-no-day = `{ $text }` in { $field } does not exist: that month has fewer days
explain-date-swapped = day and month are swapped; did you mean `{ $date }`?
explain-date-impossible-help = write a date that exists, as YYYY-MM-DD

## Headings and the place of a field
explain-heading-level = the section `## { $heading }` is written as a level { $level } heading: `{ $written } { $heading }`
explain-heading-level-help = a section is a level 2 heading; write two hashes: `## { $heading }`
explain-field-at-top = `{ $key }` is indented under `{ $parent }`, but belongs at the top level
explain-field-at-top-help = remove the spaces at the start of the line: `{ $fix }`
explain-field-under = `{ $key }` is at the top level, but belongs under `{ $parent }`
explain-field-under-help = indent the line under `{ $parent }:` (line { $line }): `{ $fix }`
explain-curly-quoted-value = this value stands between curly quotes (from Word or an e-mail), which become part of the text
explain-curly-quoted-value-help = use straight quotes: `{ $fix }`
