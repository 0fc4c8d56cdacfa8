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
