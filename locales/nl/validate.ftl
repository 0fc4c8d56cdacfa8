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
unknown-key = onbekend veld `{ $key }`
unknown-key-in = onbekend veld `{ $key }` in { $parent }
did-you-mean = bedoelde u `{ $value }`?
did-you-mean-allowed = bedoelde u `{ $value }`? toegelaten: { $allowed }
known-keys = bekende velden: { $keys }
allowed = toegelaten: { $allowed }
field-lacks = { $field } mist `{ $key }`
value-not-allowed = { $field } kan niet `{ $value }` zijn
municipality-form = { $field } moet een NIS-code of de naam van een gemeente zijn
too-few-items = { $field } heeft minstens { $limit ->
        [one] 1 element
       *[other] { $limit } elementen
    } nodig
too-short = { $field } telt { $length ->
        [one] 1 teken
       *[other] { $length } tekens
    }; er zijn er minstens { $limit } nodig
too-long = { $field } telt { $length ->
        [one] 1 teken
       *[other] { $length } tekens
    }; er mogen er hoogstens { $limit } zijn
invalid-form = { $field } heeft geen geldige vorm: `{ $value }`
below-minimum = { $field } moet minstens { $limit } zijn
field-missing = { $field } ontbreekt
field-missing-from = { $field } ontbreekt (verplicht vanaf status `{ $status }`)
field-missing-help = voeg `{ $key }:` toe — { $hint }
fields-missing-for-status = voor status `{ $status }` ontbreken nog { $count ->
        [one] 1 veld
       *[other] { $count } velden
    }: { $fields }
fields-missing-for-status-help = voeg ze toe tussen de regels `---`, elk op een eigen regel zoals `{ $example }`, of laat `practice status { $id } { $status }` ernaar vragen
id-reserved = `{ $id }` kan op Windows geen bestandsnaam zijn (een gereserveerde apparaatnaam)
id-reserved-help = kies een id dat zegt wat de praktijk is, zoals `gent-taalcafe`
the-front-matter = de velden bovenaan (front matter)
municipality-legacy = `{ $value }` is de vroegere gemeente { $old } ({ $nis }), op 1 januari 2025 opgegaan in { $successor }
municipality-legacy-help = schrijf `"{ $nis }"` ({ $name })
municipality-unknown = `{ $value }` is geen Vlaamse gemeente (2025)
municipality-did-you-mean = bedoelde u { $name } (`"{ $nis }"`)?
municipality-unknown-help = gebruik de NIS-code van 5 cijfers of de Nederlandse naam van de gemeente
owner-none = `organisations` (Organisaties) heeft geen `eigenaar`
owner-none-help = geef precies één organisatie `role: eigenaar`
owner-many = `organisations` (Organisaties) heeft { $count } eigenaars (`eigenaar`)
evidence-sources = bewijsniveau `{ $level }` vraagt minstens één bron
evidence-sources-help = voeg `sources:` toe met de URL van een rapport of het pad van een bijlage, of gebruik niveau `beschreven`
assessment-failed = een gepubliceerde praktijk kan geen `assessment.{ $key }: niet` hebben
assessment-failed-help = zet de status terug op `review`, of herzie de beoordeling
assessment-future = `assessment.on` ({ $date }) ligt in de toekomst
assessment-stale = de beoordeling van { $date } is ouder dan de termijn van { $months } maanden
assessment-stale-help = beoordeel de praktijk opnieuw en werk `assessment.on` bij
summary-markup = de samenvatting bevat Markdown of HTML
summary-markup-help = schrijf de samenvatting als platte tekst; ze wordt zo getoond in lijsten en exports
duplicate-value = `{ $value }` staat twee keer in `{ $key }`
