# The commands' own lines: summaries, notes and warnings around their output, and the errors
# the commands raise themselves (cmd-error-). Findings and library errors live elsewhere.

## index, and the notes of search and similar about the index
cmd-index-built = index built anew ({ $why }): { $count ->
        [one] 1 practice
       *[other] { $count } practices
    } in { $dir } ({ $seconds } s)
cmd-index-current = index up to date: { $count ->
        [one] 1 practice
       *[other] { $count } practices
    } in { $dir } ({ $seconds } s)
cmd-index-updated = index updated ({ $added } added, { $changed } changed, { $removed } removed): { $count ->
        [one] 1 practice
       *[other] { $count } practices
    } in { $dir } ({ $seconds } s)
cmd-index-waiting = note: another `practice` process is updating the index; waiting for it (at most { $seconds } s)
cmd-index-unfit = { $count ->
        [one] 1 file is
       *[other] { $count } files are
    } not indexed because the front matter does not fit the format (run `practice validate`): { $named }
cmd-index-skipped = { $path } not indexed: { $why }
cmd-index-skipped-more = { $count ->
        [one] 1 more file
       *[other] { $count } more files
    } not indexed (run `practice validate`)
cmd-index-skip-unreadable = it cannot be read ({ $error })
cmd-index-skip-too-large = it is { $size } bytes; the format allows at most { $max } bytes
cmd-index-skip-link = it is a symbolic link, and links are not followed
cmd-index-skip-not-utf8 = its name is not valid UTF-8 (rename the file)
cmd-progress-indexing = indexing
cmd-progress-exporting = exporting
cmd-progress-practices = practices
cmd-progress-files = files

## search and similar
cmd-search-facets = Hits per theme, province and status
cmd-search-facet-theme = theme
cmd-search-facet-province = province
cmd-search-facet-status = status
cmd-search-wordless = note: `{ $query }` has no word to search for (stop words and symbols are left out); these are all the practices that pass the filters
cmd-search-corrected = no hits for `{ $typed }`; searched for { $searched }
cmd-search-or = or
cmd-search-partial = no practice has every word; these are the best partial hits ({ $matched } of the { $words } words)
cmd-search-none-has-all = every word finds practices, but none has them all; join alternatives with OR

## export and outreach
cmd-export-wrote = exported { $practices ->
        [one] 1 practice
       *[other] { $practices } practices
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    } to { $path } ({ $kind })
cmd-export-kind-zip = zip
cmd-export-kind-folder = folder
cmd-export-left-out = left out { $path }: { $reason }
cmd-export-uncommitted = practices/ or schema/ have uncommitted changes; the bundle holds them, but the commit its manifest names ({ $commit }) does not
cmd-export-delimiter-quote = the quote character cannot separate fields; choose e.g. `;` or `tab`
cmd-export-delimiter-invalid = expected one ASCII punctuation character (such as `;` or `,`) or `tab`, got `{ $value }`
cmd-error-export-none = no practice matches the filters (status: { $statuses }); nothing exported
cmd-error-export-none-published = no practice matches the filters (status: { $statuses }); nothing exported. Export takes published practices only unless `--status` is given
cmd-outreach-invalid = { $count ->
        [one] 1 published practice has
       *[other] { $count } published practices have
    } validation errors and { $count ->
        [one] is
       *[other] are
    } not suggested (run `practice validate`): { $ids }
cmd-outreach-merged = note: { $old } is part of { $successor } ({ $nis }) since 2025
cmd-outreach-heading = Practices for { $name } ({ $nis }, arrondissement { $arrondissement }, province { $province })
cmd-outreach-has = { $name } has { $own ->
        [one] 1 published practice of its own
       *[other] { $own } published practices of its own
    } and took over { $adopted }.
cmd-outreach-none = No published practices of other municipalities to suggest.
cmd-outreach-all-reached = Every municipality has a practice of its own or one taken over: nothing written.
cmd-outreach-wrote = { $municipalities ->
        [one] 1 municipality
       *[other] { $municipalities } municipalities
    } without a practice, { $practices ->
        [one] 1 practice
       *[other] { $practices } different practices
    } suggested: { $files ->
        [one] 1 file
       *[other] { $files } files
    } written to { $path } ({ $kind })
cmd-error-outreach-what = name a municipality, or use --unreached --out DIR/
cmd-error-outreach-no-nis = no municipality with NIS code { $nis }

## due
cmd-due-nothing = Nothing to do.
cmd-due-count = To do: { $count ->
        [one] 1 item
       *[other] { $count } items
    }
cmd-due-today = today ({ $date })
cmd-due-since = since { $date } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    })
cmd-due-in = in { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $date })
cmd-due-now = now

## changes
cmd-changes-since = Changes since { $since } (commit { $commit }, { $date }), uncommitted ones included
cmd-changes-since-start = Changes since { $since }: there is no earlier commit, everything is new
cmd-changes-none = No changes.
cmd-changes-added = New
cmd-changes-status = Other status
cmd-changes-archived = Archived
cmd-changes-changed = Changed
cmd-changes-removed = Removed

## schema, completions, man: text under their help
cmd-schema-after-help = The reference is also committed as docs/format-reference.md (in Dutch: docs/formaatbeschrijving.md).
    For YAML tooling, e.g. in VS Code's settings.json:
      "yaml.schemas": {"{"} "<output of practice schema --json-schema>": "practices/**/*.md" {"}"}
cmd-completions-after-help = Install, for example:
    {"  "}bash:       practice completions bash > ~/.local/share/bash-completion/completions/practice
    {"  "}zsh:        practice completions zsh > ~/.zfunc/_practice   (with fpath+=~/.zfunc in ~/.zshrc)
    {"  "}fish:       practice completions fish > ~/.config/fish/completions/practice.fish
    {"  "}powershell: practice completions powershell >> $PROFILE
cmd-man-after-help = Read it with `practice man | man -l -`, or install the pages with
    {"  "}practice man --out ~/.local/share/man/man1
cmd-add-after-help = Examples:
    {"  "}practice add                  # asks field by field, in Dutch
    {"  "}practice add --no-input --title "Taalbuddy's in Sint-Niklaas" --municipality Sint-Niklaas
    {"  "}practice add --title Caféklap --municipality 42006 --theme oefenkansen-nederlands --edit
cmd-edit-after-help = Examples:
    {"  "}practice edit gent-praktijktesten
    {"  "}practice edit practices/gent-praktijktesten.md
    {"  "}EDITOR=nano practice edit gent-praktijktesten
cmd-status-after-help = Examples:
    {"  "}practice status gent-taalcafe review
    {"  "}practice status gent-taalcafe published --no-input   # only list what is still needed

## Errors of the commands; a path stays in the message
cmd-error-schema-missing = { $path } does not exist; the JSON Schema belongs in the collection's `schema/`
cmd-error-root = the folder { $path } of --root cannot be opened
cmd-error-svg-folder = the folder for --svg { $path } cannot be opened
cmd-error-man-out = the folder { $path } of --out cannot be created
cmd-error-inside-collection = refusing to write { $path }: it is inside the collection's `{ $folder }`; choose a place outside the collection
cmd-error-not-a-file = refusing to write { $path }: it exists and is not a regular file
cmd-error-symlink = refusing to write { $path }: it is a symbolic link (writing through it would change another file; remove it first)
cmd-error-exists = { $path } already exists; use --force to replace it
cmd-error-appeared = { $path } appeared while writing (use --force to replace it)
cmd-error-pages-exist = { $count ->
        [one] 1 page already exists
       *[other] { $count } pages already exist
    }; nothing written (use --force to replace them): { $named }
cmd-error-and-more = { $named } and { $count } more
cmd-error-check = { $path } cannot be checked
cmd-error-write-in = no file can be written in { $path }
cmd-error-write = { $path } cannot be written
# What the system said about a file, for the kinds of failure an editor meets.
