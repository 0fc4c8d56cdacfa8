# Messages of the checks. A finding names its subject (a field, a section) first, in
# backticks: `add` and `status` read it from there to group what is missing.
# validate: the summary under the findings and the names of the severities.
severity-error = fout
severity-warning = waarschuwing
finding-help = tip
finding-note = let op: { $note }
validate-summary =
    { $files ->
        [one] 1 bestand
       *[other] { $files } bestanden
    } nagekeken: { $errors ->
        [one] 1 fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    } in { $with_findings ->
        [one] 1 bestand
       *[other] { $with_findings } bestanden
    }
section-too-short = de sectie `## { $section }` telt { $count ->
        [one] 1 woord
       *[other] { $count } woorden
    }; er zijn er minstens { $min } nodig
section-too-short-help = beschrijf { $hint }
section-missing = de sectie `## { $section }` ontbreekt (verplicht vanaf status { $status })
section-missing-help = voeg `## { $section }` toe met { $hint }
