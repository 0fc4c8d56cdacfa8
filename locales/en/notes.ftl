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
