# `practice add`: what it says around the schema's own prompts (labels and help of the fields
# come from schema/rules.yaml), and the words `add`, `edit` and `status` use for findings.

## Why a value cannot be used: under the answer at the prompts, after the flag on the command line.
add-fault-empty = must not be empty
add-fault-too-short = too short: at least { $limit ->
        [one] 1 character
       *[other] { $limit } characters
    }
add-fault-too-long = too long: at most { $limit ->
        [one] 1 character
       *[other] { $limit } characters
    }
add-fault-form = not of the expected form ({ $help })
add-fault-not-a-date = not a date: write YYYY, YYYY-MM or YYYY-MM-DD
add-date-meant = ; did you mean `{ $date }`?
add-fault-not-a-count = not a whole number of zero or more
add-fault-not-one-of = must be one of { $allowed }
add-fault-not-one-of-meant = did you mean `{ $value }`? Choose from { $allowed }
add-fault-not-in-list = not in the list { $list }; choose from { $valid }
add-fault-not-in-list-meant = not in the list { $list }; did you mean { $label } ({ $id })? Choose from { $valid }
add-fault-not-a-municipality = not a Flemish municipality (2025); type a name or a NIS code
add-fault-not-a-municipality-meant = not a Flemish municipality; did you mean { $name } ({ $nis })?
add-fault-taken = already used by { $path }
add-fault-no-scheme = a web address starts with https://; did you mean `{ $url }`?
add-fault-not-an-email = not an e-mail address; write it as name@municipality.be, preferably a shared mailbox
add-fault-not-an-attachment = neither a web address nor an attachment: start a web address with https://, or first put the file in the folder { $folder }
add-flags-and = and
add-flags-or = or
add-fault-needs = also needs { $flag }

## The questions: help and the parts of composite fields.
add-ask-part-fault = “{ $part }”: { $fault }
add-ask-skip = Enter to skip
add-ask-not-valid = the answer to `{ $key }` cannot be used: { $fault }
add-ask-no-choice = there is no choice { $choice }
add-ask-tick-help = space ticks, arrows move, typing filters, Enter confirms
add-ask-status-help = a draft asks the least; for review and publication the questions that status needs follow right away
add-ask-body-reopen = Continue the text where you left off?
add-ask-body-reopen-help = no stops here; your answers are kept
add-ask-body = Text
add-ask-body-help = write under each heading; required: { $sections } (at least { $min } words each); save and close the editor to go on
add-ask-section = Section { $heading }
add-ask-section-min = at least { $min } words
add-ask-section-short = too short: { $words ->
        [one] 1 word
       *[other] { $words } words
    }, at least { $min }
add-ask-owner-part = owner
add-ask-owner-help = the organisation that carries the practice, e.g. Stad Gent
add-ask-owner-type-part = kind of owner
add-ask-filter-help = typing filters
add-ask-start-part = start date
add-ask-date-help = YYYY, YYYY-MM or YYYY-MM-DD
add-ask-lifecycle-part = lifecycle
add-ask-lifecycle-help = is the practice still running?
add-ask-municipality-help = name or NIS code, several separated by commas; Tab completes; former municipalities become the one they merged into
add-ask-municipality-more-help = another municipality, or Enter to go on
add-ask-more-part = another
add-ask-evidence-part = level
add-ask-evidence-help = how well is it shown to work?
add-ask-source-part = source
add-ask-source-help = web address (https://...) of a report or evaluation, or an attachment in the practice's folder
add-ask-source-more-part = another source
add-ask-source-more-help = another source, or Enter to go on
add-ask-reach-part = count
add-ask-reach-help = how many people does the practice reach?
add-ask-unit-part = unit
add-ask-unit-help = e.g. deelnemers, gezinnen
add-ask-prerequisites-part = prerequisites
add-ask-prerequisites-help = what another municipality needs to start
add-ask-assessed-by-part = by whom
add-ask-assessed-by-help = who assessed the criteria
add-ask-assessed-on-part = date
add-ask-assessed-on-help = date YYYY-MM-DD
add-ask-contact-part = organisation
add-ask-email-part = e-mail
add-ask-email-help = preferably a shared mailbox
add-pick-one = choose at least one (space)
add-yes = yes
add-no = no
add-default-yes = Y/n
add-default-no = y/N
add-answer-yes-no = answer yes or no

## Why nothing was written (after `error: `), and the lines told at the prompts.
add-error-exists = a practice with this id already exists: { $path }
add-error-rejected = the new practice would not pass `practice validate`; nothing was written
add-error-cancelled = cancelled; nothing was written
add-error-prompt = the questions could not go on: { $reason }
add-error-io = cannot write { $path }: { $reason }
add-error-invalid-many = { $count } values cannot be used:
add-error-missing = status `{ $status }` still needs fields:
add-error-missing-no-flag = no option fills it: create the practice with a lower status and add it in the file
add-line-fault = { $field }: { $fault }
add-line-fault-value = { $field } “{ $value }”: { $fault }
add-line-missing = For the status { $status } this is still missing:
add-line-collection = The collection cannot be read: { $reason }
add-sections = the sections { $sections }
add-again = This is not right yet:
add-again-fill-in = Fill in those fields again; your other answers stay.
add-nothing-written = Nothing was written in practices/:
add-answers-kept = Your answers are kept in { $path }.
    Go on later with: practice add --resume
add-note-former-municipality = { $old } ({ $old_nis }) is part of { $new } since 1 January 2025: written as { $new } ({ $nis })

## The drafts of unfinished sessions (.practice/drafts/).
add-session-damaged = { $path } is no saved answer of `practice add` ({ $reason })
add-session-nothing = there is no unfinished practice in { $dir }
add-session-link = is a symbolic link
add-resumed = Going on with the answers from { $path }
add-nothing-to-resume = There is no unfinished practice to go on with (nothing in { $dir }).
add-cannot-keep = Note: your answers cannot be kept along the way ({ $reason }).

## The editor.
add-body-stdin = --body -: standard input
add-edit-needs-editor = --edit needs an editor: set $VISUAL or $EDITOR, for example export EDITOR=nano
add-offer-editor = Open it in your editor now?
add-offer-editor-help = { $editor }; the file is checked again afterwards
add-editor-opens = The editor ({ $editor }) opens { $path } ...
add-editor-stopped = Note: { $editor } ended with { $status }; the text is kept.
add-editor-cannot-start = cannot start { $editor }: { $reason }
add-editor-ended = Note: { $editor } ended with { $status }; the file stays.
add-editor-not-started = Note: { $editor } cannot start ({ $reason }); the file stays.

## The closing lines after a practice was written.
add-created = Created: { $path }
add-note = Note: { $note }
add-good-to-know = Good to know:
add-and = { $items } and { $last }
add-next-needs = For the status { $status } it still needs: { $needs }.
add-next-command = Fill it in with: practice status { $id } { $status }

## A body template: the hint under each heading (an HTML comment, not counted as words).
add-template-holds = What belongs here: { $holds }.
add-template-required = Required from status { $level }, at least { $min } words.
add-template-optional = Optional: leave out what does not fit.

## Findings explained to editors (`add`, `edit`, `status`): one sentence per rule code, after
## the field it is about.
add-explain-section = Section `{ $heading }`
add-explain-body = Text
add-explain-file = File
add-explain-warning = note
add-explain-line = { $kind }, line { $line }: { $text }
add-explain-other = this does not meet the format
add-explain-io = the file cannot be read
add-explain-not-regular-file = this is no ordinary file (a shortcut, for example); put an ordinary file in its place
add-explain-file-name = the file name holds characters that cannot be used; give the file a plain name
add-explain-not-utf8 = the file holds characters that are not UTF-8; save it as UTF-8
add-explain-file-too-large = the file is larger than allowed
add-explain-front-matter-missing = the file must start with the data between two lines ---
add-explain-front-matter-unclosed = the data at the top is not closed with a line ---
add-explain-front-matter-not-first = something stands before the first line ---
add-explain-yaml-syntax = this line is not written right: look at the colon, the quotes, the brackets and the indentation
add-explain-yaml-duplicate-key = this field is there twice
add-explain-yaml-limit = the data at the top is nested too deep or too large
add-explain-yaml-not-mapping = the data at the top must have the form `field: value`
add-explain-unknown-key = the format does not know this field; is it a typo?
add-explain-missing-field = this field is required for this status
add-explain-wrong-type = this value does not have the right form (e.g. one value where a list belongs)
add-explain-invalid-value = this value is not allowed (too long, too short, the wrong form or not from the list)
add-explain-id-mismatch = the id must equal the file name (without .md)
add-explain-id-duplicate = another practice has the same id
add-explain-id-reserved = this id cannot be a file name on Windows; choose another
add-explain-unknown-vocabulary = this value is not in the list
add-explain-unknown-municipality = this is not a Flemish municipality (2025)
add-explain-legacy-municipality = this municipality merged in 2025; write the new municipality
add-explain-duplicate-value = this value is there twice
add-explain-invalid-date = not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD
add-explain-period-order = the end date lies before the start date
add-explain-owner-count = there must be exactly one organisation with the role eigenaar
add-explain-evidence-sources = this level of evidence needs at least one source
add-explain-assessment-future = the date of the assessment lies in the future
add-explain-assessment-failed = a published practice cannot have a criterion that is 'niet' met
add-explain-assessment-stale = the assessment is older than { $months } months; have it done again
add-explain-path-outside = a source or attachment is a web address starting with https://, or a file in the folder { $folder }
add-explain-attachment-missing = this file is not in the folder { $folder }
add-explain-related-missing = there is no practice with this id
add-explain-related-self = a practice cannot refer to itself
add-explain-adoption-own = a municipality of the practice itself cannot adopt it
add-explain-adoption-future = the date of the adoption lies in the future
add-explain-based-on-missing = there is no practice with this id
add-explain-based-on-self = a practice cannot be based on itself
add-explain-section-missing = this section is required for this status
add-explain-section-order = the sections are not in the fixed order
add-explain-section-duplicate = this section is there twice
add-explain-section-name = this heading looks like a fixed section but is spelt differently
add-explain-section-too-short = this section has too few words (at least { $min })
add-explain-link-broken = this link points to nothing in the collection
add-explain-title-duplicate = another practice has (nearly) the same title
add-explain-summary-markup = the summary must be plain text, without markup
add-explain-synonyms-format = the synonyms file does not have the right form
add-explain-synonyms-duplicate = this word is in the synonyms twice
add-explain-synonyms-conflict = this word is in two groups of synonyms
add-explain-control-character = an invisible control character stands here; type the text again
