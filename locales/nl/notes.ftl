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

## Why the search index was built anew (after `verouderd: ` or `de vorige was onleesbaar: `)
index-outdated-tool = gemaakt door practice { $old }, dit is { $new }
index-outdated-analyzer = taalanalyse { $old } vervangen door { $new }
index-outdated-schema = het formaat (`schema/`) is gewijzigd
index-state-unreadable = `state.json` van de index is onleesbaar
index-other-fields = de index heeft andere velden
index-checksum = { $count ->
        [one] een bestand klopt niet met zijn controlegetal
       *[other] { $count } bestanden kloppen niet met hun controlegetal
    } ({ $files })
index-meta-changed = meta.json of .managed.json is gewijzigd sinds de index ze schreef
index-files-changed = de bestanden zijn gewijzigd sinds de index ze schreef
index-count-differs = de index bevat { $count } praktijken, maar `state.json` noemt er { $expected }
index-engine-missing = { $path } ontbreekt
index-foreign-file = { $path } is geen bestand van de zoekmachine
index-spelling-damaged = de woordenlijst van de index ({ $path }) ontbreekt of is beschadigd
index-symbolic-link = het is een symbolische koppeling; de index staat alleen in een echte map binnen de collectie
index-scan-ended = de controle op gewijzigde bestanden stopte te vroeg
index-engine-failed = de zoekmachine faalde bij { $doing ->
        [open] het openen van de index
        [update] het bijwerken van de index
       *[answer] het beantwoorden van de vraag
    }
index-synonyms-line = regel { $line }: { $what }; `practice validate` zegt meer

## Checks, upkeep and outreach
note-validate-schema-changed = `{ $folder }/` is gewijzigd sinds de gemeenschappelijke basis (merge base): de hele collectie wordt nagekeken
note-due-assessment = beoordeling van { $on } herbekijken (herbeoordeling om de { $months } maanden)
note-due-period-ended = de periode liep tot { $end }: loopt de praktijk nog, of wordt ze gearchiveerd?
note-due-lifecycle = gepubliceerd maar `{ $lifecycle }`: vul een einddatum in of archiveer de praktijk
note-due-no-contact = geen contact: voeg een organisatie met e-mail of website toe
note-due-contact-unreachable = contact zonder e-mail of website: voeg een functionele mailbox toe
note-due-line = regel { $line }: { $message }
note-outreach-arrondissement = dichtbij: in het arrondissement { $arrondissement } ({ $municipalities })
note-outreach-province = in dezelfde provincie { $province } ({ $municipalities })
note-outreach-assessment = voldoet aan { $met } van de 3 criteria{ $partly ->
        [0] {""}
       *[other] , { $partly } deels
    }
note-outreach-reach = bereik: { $reach }
note-outreach-adopted = al overgenomen door { $count ->
        [one] 1 gemeente
       *[other] { $count } gemeenten
    } ({ $municipalities })
note-outreach-new-themes = { $count ->
        [one] thema
       *[other] thema's
    } nog zonder praktijk in { $to }: { $themes }

## Editing a practice (`practice edit`)
note-edit-resume = U gaat verder met uw vorige, nog niet bewaarde wijzigingen ({ $copy }).
note-edit-errors = { $path } heeft nog fouten:

## What an export left out, and why
export-note-outside = symbolische koppeling naar een plaats buiten de collectie
export-note-link-to-folder = symbolische koppeling naar een map
export-note-broken-link = symbolische koppeling die nergens heen leidt
export-note-not-regular = geen gewoon bestand
export-note-not-loaded-here = het is niet uit deze collectie geladen
export-note-id-exported = zijn id `{ $id }` wordt ook gebruikt door { $other }, dat wel meegaat
export-note-name-not-utf8 = de naam is geen geldige UTF-8 (geef het bestand een andere naam)
export-note-name-backslash = de naam bevat een backslash, een scheidingsteken van mappen in Windows (geef het bestand een andere naam)
export-note-name-colon = de naam bevat een dubbele punt, een schijf of stroom in Windows (geef het bestand een andere naam)
export-note-name-control = de naam bevat een stuurteken (geef het bestand een andere naam)
export-note-name-dots = de naam is `.` of `..`
export-note-name-outside = het ligt niet in de collectie

## Errors: git, the bundle, the YAML reader
error-io-loop = een lus van symbolische koppelingen
error-export-over-collection = { $path } wordt niet geschreven: de bundel zou de collectie zelf vervangen; kies een plaats buiten de collectie
error-export-unsafe-name = `{ $name }` wordt niet in de bundel geschreven: { $reason }
error-git-run = git kan niet gestart worden: { $reason }
error-git-not-repo = { $path } ligt niet in een git-repository
error-git-bad-ref = `{ $base }` is geen git-verwijzing (--base neemt een tak, tag of commit)
error-git-no-base = `origin/main` en `main` bestaan geen van beide; geef de basis met --base REF
error-git-compare = vergelijken met `{ $base }` lukt niet: { $reason }
error-git-since = `{ $since }` is geen git-verwijzing en geen datum (JJJJ-MM-DD)
error-yaml-syntax = geen geldige YAML: { $reason }
error-yaml-duplicate-key = `{ $key }` staat twee keer in dezelfde groep
error-yaml-duplicate-key-help = `{ $key }` staat al op regel { $line }: houd er één van beide
error-yaml-too-many = de velden bovenaan worden meer dan { $max } waarden
error-yaml-too-many-help = ankers en verwijzingen (`&a`, `*a`) vermenigvuldigen waarden: schrijf ze voluit
error-yaml-too-deep = de velden bovenaan zijn dieper dan { $max } niveaus genest
error-yaml-documents = meer dan één YAML-document in de velden bovenaan
error-yaml-documents-help = de velden bovenaan eindigen bij de eerste regel `---`
error-yaml-tab-help = YAML springt in met spaties, niet met tabs
error-yaml-colon-help = zet een waarde met `: ` erin tussen aanhalingstekens
error-yaml-start-help = een waarde mag niet met `%`, `@` of een backtick beginnen: zet ze tussen aanhalingstekens
