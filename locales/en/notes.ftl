# Notes of the library that a person reads: what a status still needs, what the index did and
# why, what a check or an export left out, and the errors of git and of the YAML reader.

## What a status still needs (`practice status`)
note-status-needs = For the status { $status }, { $id } still needs:
note-status-fields = Fields:
note-status-assessment = { $field }: by (`by`), on (`on`), { $criteria }
note-status-sections = Sections of the text (at least { $min } words each):
note-status-section-missing = ## { $heading } (missing)
note-status-section-short = ## { $heading } (now { $count ->
        [one] 1 word
       *[other] { $count } words
    })
note-status-other = Other errors:
note-status-other-line = line { $line }: { $text }
note-status-section-label = Section { $heading }
note-status-section-help = { $holds }; at least { $min } words
note-status-section-short-help = now { $count ->
        [one] 1 word
       *[other] { $count } words
    }; add to at least { $min }
note-status-too-short = too short: { $count ->
        [one] 1 word
       *[other] { $count } words
    } together, at least { $min }

## Why the search index was built anew (after `outdated: ` or `the previous one was unreadable: `)
index-outdated-tool = built by practice { $old }, this is { $new }
index-outdated-analyzer = analyzer { $old } replaced by { $new }
index-outdated-schema = the format (`schema/`) changed
index-state-unreadable = the index's `state.json` is unreadable
index-other-fields = the index has other fields
index-checksum = { $count ->
        [one] a file fails its checksum
       *[other] { $count } files fail their checksum
    } ({ $files })
index-meta-changed = meta.json or .managed.json changed since the index wrote them
index-files-changed = the files changed since the index wrote them
index-count-differs = the index holds { $count } practices, but `state.json` says { $expected }
index-engine-missing = { $path } is missing
index-foreign-file = { $path } is not a file the search engine made
index-spelling-damaged = the word list of the index ({ $path }) is missing or damaged
index-symbolic-link = it is a symbolic link; the index is kept only in a real folder inside the collection
index-scan-ended = the check for changed files ended early
index-engine-failed = the search engine failed while { $doing ->
        [open] opening the index
        [update] updating the index
       *[answer] answering the query
    }
index-synonyms-line = line { $line }: { $what }; `practice validate` says more

## Checks, upkeep and outreach
note-validate-schema-changed = `{ $folder }/` changed since the merge base: the whole collection is checked
note-due-assessment = review the assessment of { $on } (reassessed every { $months } months)
note-due-period-ended = the period ran until { $end }: does the practice still run, or is it archived?
note-due-lifecycle = published but `{ $lifecycle }`: fill in an end date or archive the practice
note-due-no-contact = no contact: add an organisation with an e-mail address or website
note-due-contact-unreachable = contact without e-mail or website: add a functional mailbox
note-due-line = line { $line }: { $message }
note-outreach-arrondissement = nearby: in the arrondissement { $arrondissement } ({ $municipalities })
note-outreach-province = in the same province { $province } ({ $municipalities })
note-outreach-assessment = meets { $met } of the 3 criteria{ $partly ->
        [0] {""}
       *[other] , { $partly } partly
    }
note-outreach-reach = reach: { $reach }
note-outreach-adopted = already taken over by { $count ->
        [one] 1 municipality
       *[other] { $count } municipalities
    } ({ $municipalities })
note-outreach-new-themes = { $count ->
        [one] theme
       *[other] themes
    } without a practice in { $to } yet: { $themes }

## Editing a practice (`practice edit`)
note-edit-resume = You continue with your earlier changes, not saved yet ({ $copy }).
note-edit-errors = { $path } still has errors:

## What an export left out, and why
export-note-outside = symbolic link to a place outside the collection
export-note-link-to-folder = symbolic link to a folder
export-note-broken-link = broken symbolic link
export-note-not-regular = not a regular file
export-note-not-loaded-here = it was not loaded from this collection
export-note-id-exported = its id `{ $id }` is also used by { $other }, which is exported
export-note-name-not-utf8 = its name is not valid UTF-8 (rename the file)
export-note-name-backslash = its name holds a backslash, a folder separator on Windows (rename the file)
export-note-name-colon = its name holds a colon, a drive or stream on Windows (rename the file)
export-note-name-control = its name holds a control character (rename the file)
export-note-name-dots = its name is `.` or `..`
export-note-name-outside = it is not inside the collection

## Errors: git, the bundle, the YAML reader
error-io-loop = a loop of symbolic links
error-export-over-collection = { $path } is not written: the bundle would replace the collection itself; choose a place outside the collection
error-export-unsafe-name = refusing to write `{ $name }` into the bundle: { $reason }
error-git-run = cannot run git: { $reason }
error-git-not-repo = { $path } is not inside a git repository
error-git-bad-ref = `{ $base }` is not a git ref (--base takes a branch, tag or commit)
error-git-no-base = neither `origin/main` nor `main` exists; name the base with --base REF
error-git-compare = cannot compare with `{ $base }`: { $reason }
error-git-since = `{ $since }` is neither a git ref nor a date (YYYY-MM-DD)
error-yaml-syntax = not valid YAML: { $reason }
error-yaml-duplicate-key = duplicate key `{ $key }`
error-yaml-duplicate-key-help = `{ $key }` is already set on line { $line }; keep one of them
error-yaml-too-many = the front matter expands to more than { $max } values
error-yaml-too-many-help = anchors and aliases (`&a`, `*a`) multiply values; write them out
error-yaml-too-deep = the front matter nests deeper than { $max } levels
error-yaml-documents = more than one YAML document in the front matter
error-yaml-documents-help = the front matter ends at the first `---` line
error-yaml-tab-help = YAML indentation must use spaces, not tabs
error-yaml-colon-help = put quotes around a value that contains `: `
error-yaml-start-help = a value may not start with `%`, `@` or a backtick: put it between quotes
