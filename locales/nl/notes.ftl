# Notes of the library that a person reads: what a status still needs, what the index did and
# why, what a check or an export left out, and the errors of git and of the YAML reader.

## What a status still needs (`practice status`)
note-status-needs = Voor de status { $status } heeft { $id } nog nodig:
note-status-fields = Velden:
note-status-assessment = { $field }: door (`by`), op (`on`), { $criteria }
note-status-sections = Secties in de tekst (minstens { $min } woorden elk):
note-status-section-missing = ## { $heading } (ontbreekt)
note-status-section-short = ## { $heading } (nu { $count ->
        [one] 1 woord
       *[other] { $count } woorden
    })
note-status-other = Andere fouten:
note-status-other-line = regel { $line }: { $text }
note-status-section-label = Sectie { $heading }
note-status-section-help = { $holds }; minstens { $min } woorden
note-status-section-short-help = nu { $count ->
        [one] 1 woord
       *[other] { $count } woorden
    }; vul aan tot minstens { $min }
note-status-too-short = te kort: samen { $count ->
        [one] 1 woord
       *[other] { $count } woorden
    }, minstens { $min }
