# Messages of the checks. A finding names its subject (a field, a section) first, in
# backticks: `add` and `status` read it from there to group what is missing.
# validate: the summary under the findings and the names of the severities.
severity-error = error
severity-warning = warning
finding-help = help
finding-note = note: { $note }
validate-summary =
    { $files ->
        [one] 1 file
       *[other] { $files } files
    } checked: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $with_findings ->
        [one] 1 file
       *[other] { $with_findings } files
    }
section-too-short = section `## { $section }` has { $count ->
        [one] 1 word
       *[other] { $count } words
    }; at least { $min } needed
section-too-short-help = describe { $hint }
section-missing = missing section `## { $section }` (required for status { $status })
section-missing-help = add `## { $section }` with { $hint }
unknown-key = unknown key `{ $key }`
unknown-key-in = unknown key `{ $key }` in { $parent }
did-you-mean = did you mean `{ $value }`?
did-you-mean-allowed = did you mean `{ $value }`? allowed: { $allowed }
known-keys = known keys: { $keys }
allowed = allowed: { $allowed }
field-lacks = { $field } lacks `{ $key }`
value-not-allowed = { $field } cannot be `{ $value }`
municipality-form = { $field } must be a NIS code or a municipality name
too-few-items = { $field } needs at least { $limit ->
        [one] 1 item
       *[other] { $limit } items
    }
too-short = { $field } is { $length ->
        [one] 1 character
       *[other] { $length } characters
    }; at least { $limit } needed
too-long = { $field } is { $length ->
        [one] 1 character
       *[other] { $length } characters
    }; at most { $limit } allowed
invalid-form = { $field } has an invalid form: `{ $value }`
below-minimum = { $field } must be at least { $limit }
field-missing = missing { $field }
field-missing-from = missing { $field } (required from status `{ $status }`)
field-missing-help = add `{ $key }:` — { $hint }
fields-missing-for-status = status `{ $status }` still needs { $count ->
        [one] 1 field
       *[other] { $count } fields
    }: { $fields }
fields-missing-for-status-help = add them between the `---` lines, each on its own line like `{ $example }`, or let `practice status { $id } { $status }` ask for them
id-reserved = `{ $id }` cannot be a file name on Windows (a reserved device name)
id-reserved-help = choose an id that says what the practice is, like `gent-taalcafe`
the-front-matter = the front matter
municipality-legacy = `{ $value }` is the former municipality { $old } ({ $nis }), merged into { $successor } on 2025-01-01
municipality-legacy-help = write `"{ $nis }"` ({ $name })
municipality-unknown = `{ $value }` is not a Flemish municipality (2025)
municipality-did-you-mean = did you mean { $name } (`"{ $nis }"`)?
municipality-unknown-help = use the 5-digit NIS code or the Dutch name of the municipality
owner-none = `organisations` has no `eigenaar`
owner-none-help = give exactly one organisation `role: eigenaar`
owner-many = `organisations` has { $count } owners (`eigenaar`)
evidence-sources = evidence level `{ $level }` needs at least one source
evidence-sources-help = add `sources:` with a report URL or an attachment path, or use level `beschreven`
assessment-failed = a published practice cannot have `assessment.{ $key }: niet`
assessment-failed-help = set the status back to `review`, or revise the assessment
assessment-future = `assessment.on` ({ $date }) lies in the future
assessment-stale = the assessment of { $date } is older than the review interval of { $months } months
assessment-stale-help = review the practice and update `assessment.on`
summary-markup = the summary contains Markdown or HTML
summary-markup-help = write the summary as plain text; it is shown as-is in lists and exports
duplicate-value = `{ $value }` is listed twice in `{ $key }`
