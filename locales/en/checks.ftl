# Findings of the checks not in validate.ftl: paths, adoptions, the collection as a whole,
# control characters, the body, file-level problems and the synonyms file. A finding starts
# lower-case (it follows `error: `) and names its subject first, in backticks.

## Attachments and links
check-attachment-missing = `{ $field }`: `{ $path }` does not exist
check-attachment-missing-help = put the file at { $place }
check-path-outside = `{ $field }`: `{ $path }` leaves the folder `{ $folder }/`
check-path-outside-help = attachments live in the folder `{ $folder }/` beside the practice; write `{ $folder }/<file>`
check-link-nowhere = the link to `{ $dest }` leads nowhere
check-link-nowhere-help = there is no file at { $place }
check-link-outside = the link to `{ $dest }` leaves the collection
check-link-outside-help = link to practices and attachments inside `practices/`, or use a full address starting with https://

## Adoptions and based_on
check-adoption-own = `adoptions`: { $name } is one of the practice's own municipalities (`municipalities`), not an adoption
check-adoption-own-help = list only other municipalities that took the practice over
check-adoption-twice = `adoptions` lists { $name } twice
check-adoption-twice-help = keep one adoption per municipality, with the date it started
check-adoption-future = `adoptions.since` ({ $date }) lies in the future
check-adoption-future-help = record an adoption once the municipality runs the practice
check-based-on-self = `based_on` names the practice itself: a practice cannot be based on itself
check-based-on-self-help = name the practice this one is a local version of, or remove `based_on`

## The collection as a whole
check-id-mismatch = `id` is `{ $id }` but the file is named `{ $stem }.md`
check-id-mismatch-help = rename the file to `{ $id }.md`, or write `id: { $stem }`
check-id-duplicate = the id `{ $id }` is also used by { $others }
check-id-duplicate-help = every practice needs its own id
check-and-more = { $items } and { $count } more
check-related-self = `related` names the practice itself: a practice cannot be related to itself
check-id-unknown = `{ $key }` names `{ $id }`, which is not in the collection
check-title-duplicate = the title (`title`) is nearly the same as that of { $others }
check-title-duplicate-help = is this the same practice? merge them, or make the titles say what differs

## Control characters
check-control-in-value = `{ $name }` holds { $char }{ $more ->
        [0] {""}
        [one] {" "}(and 1 more in this value)
       *[other] {" "}(and { $more } more in this value)
    }
check-control-in-value-help = a terminal or CI log acts on this character instead of showing it: remove it (and escapes like `\e`, `\x1b` or `\u202e` that write it)
check-control-in-body = the body holds { $char }
check-control-in-body-help = a terminal acts on this character instead of showing it: remove it
check-control-more = { $count ->
        [one] 1 more control character
       *[other] { $count } more control characters
    } in the body from here on
check-char-escape = escape, which starts terminal control sequences
check-char-carriage-return = a carriage return
check-char-control = a control character
check-char-c1 = a C1 control character
check-char-separator = a line or paragraph separator
check-char-bidi = a bidirectional override, which reorders the text shown

## The body
check-section-unknown = `## { $heading }` is not a section of the format
check-section-twice = `## { $heading }` appears twice
check-section-order = `## { $heading }` must come before `## { $before }`
check-section-order-help = the order is: { $order }

## Values of the front matter
check-front-not-mapping = the front matter is { $kind }, not a set of `field: value` lines
check-wrong-type = { $field } must be { $expected }, found { $found }
check-write-list = write a list: `[{ $value }]`
check-type-text = text
check-type-integer = a whole number
check-type-number = a number
check-type-list = a list
check-type-mapping = a mapping
check-type-boolean = true or false
check-type-empty = empty
check-type-other = another type
check-pattern-id = lower-case letters, digits and single hyphens, like `gent-taalcafe`
check-pattern-email = an e-mail address like `integratie@gemeente.be`
check-pattern-url = a full web address starting with https://
check-pattern-date = a full date: YYYY-MM-DD
check-pattern-language = a language tag like `nl` or `nl-BE`
check-vocabulary-unknown = `{ $value }` is not in the vocabulary `{ $vocabulary }` ({ $label })
check-did-you-mean-labelled = did you mean `{ $value }` ({ $label })?
check-vocabulary-list = `practice schema` lists the ids of `{ $vocabulary }`
check-date-range = write a calendar date with a year from { $first } to { $last }
check-period-order = `period.end` lies before `period.start`
check-owner-many-help = exactly one organisation owns the practice; give the others `role: partner`

## The file itself
check-not-regular = `{ $name }` is { $kind }, not a regular file; it is not read
check-not-regular-help = a practice is a regular file inside practices/: replace the entry by the file itself
check-kind-fifo = a FIFO (named pipe)
check-kind-socket = a socket
check-kind-device = a device
check-kind-symlink = a symbolic link (never followed)
check-kind-folder = a folder
check-kind-other = something else
check-file-too-large = the file is { $size } bytes; the schema allows at most { $max }
check-file-too-large-help = a practice is a few pages of text; move large material to an attachment
check-unreadable = cannot read the file: { $reason }
check-not-utf8 = byte 0x{ $byte } at offset { $offset } is not valid UTF-8
check-not-utf8-help = save the file as UTF-8 (most editors: 'Save with encoding')
check-front-missing = no front matter: the file must start with a `---` line
check-front-missing-help = start the file with `---`, the fields (id, title, status, municipalities), and `---`
check-front-unclosed = the front matter is never closed
check-front-unclosed-help = add a line `---` after the last field
check-front-not-first = { $count ->
        [one] 1 blank line
       *[other] { $count } blank lines
    } before the opening `---`
check-front-not-first-help = the `---` must be the very first line of the file
check-file-name-not-utf8 = the file name `{ $name }` is not valid UTF-8 (bytes written as \xNN)
check-file-name-not-utf8-help = rename the file (or its folder) with UTF-8 characters, like `cafe.md` or `café.md`
check-file-name-control = the file name `{ $name }` holds control characters
check-file-name-control-help = rename the file with letters, digits and hyphens: `<id>.md`

## The synonyms file (schema/synonyms.yaml)
check-synonyms-not-utf8 = the synonyms file is not valid UTF-8
check-synonyms-unreadable = the synonyms file could not be read: { $reason }
check-synonyms-shape = the synonyms file must be a mapping with `groups` and `narrower`
check-synonyms-shape-help = start the file with `groups:`
check-synonyms-unknown-key = unknown key `{ $key }` in the synonyms file
check-synonyms-unknown-key-help = the file has two keys: `groups` and `narrower`
check-synonyms-not-list = expected a list of words or phrases
check-synonyms-not-list-help = write it as `[woord, ander woord]`
check-synonyms-not-term = expected a word or phrase
check-synonyms-not-term-help = write each entry as text
check-synonyms-no-word = `{ $term }` has no word to search for (only stop words or symbols)
check-synonyms-no-word-help = remove it or write the words it stands for
check-synonyms-groups-not-list = `groups` must be a list of groups
check-synonyms-groups-not-list-help = write each group on its own line as `- [woord, synoniem]`
check-synonyms-group-too-small = a group needs at least two entries
check-synonyms-group-too-small-help = add a word that means the same, or remove the group
check-synonyms-twice-in-group = `{ $term }` is listed twice in this group
check-synonyms-remove-one = remove one of them
check-synonyms-in-two-groups = `{ $term }` is already in the group on line { $line }
check-synonyms-in-two-groups-help = a term belongs to one group: merge the groups, or put the broader term under `narrower`
check-synonyms-group-twice = this group repeats the group on line { $line }
check-synonyms-narrower-shape = `narrower` must map a broader term to its narrower terms
check-synonyms-narrower-shape-help = write it as `breed: [smal, smaller]`
check-synonyms-narrower-self = `{ $term }` is listed as narrower than itself
check-synonyms-narrower-self-help = remove it from its own list
check-synonyms-narrower-empty = `{ $term }` has no narrower terms
check-synonyms-narrower-empty-help = add them, or remove the entry
