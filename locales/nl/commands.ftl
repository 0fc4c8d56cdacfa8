# The commands' own lines: summaries, notes and warnings around their output, and the errors
# the commands raise themselves (cmd-error-). Findings and library errors live elsewhere.

## index, and the notes of search and similar about the index
cmd-index-built = index opnieuw opgebouwd ({ $why }): { $count ->
        [one] 1 praktijk
       *[other] { $count } praktijken
    } in { $dir } ({ $seconds } s)
cmd-index-current = index was al bijgewerkt: { $count ->
        [one] 1 praktijk
       *[other] { $count } praktijken
    } in { $dir } ({ $seconds } s)
cmd-index-updated = index bijgewerkt ({ $added } toegevoegd, { $changed } gewijzigd, { $removed } verwijderd): { $count ->
        [one] 1 praktijk
       *[other] { $count } praktijken
    } in { $dir } ({ $seconds } s)
cmd-index-waiting = let op: een andere opdracht `practice` werkt de index bij; even wachten tot die klaar is (hoogstens { $seconds } s)
cmd-index-unfit = { $count ->
        [one] 1 bestand staat
       *[other] { $count } bestanden staan
    } niet in de zoekindex omdat de velden bovenaan niet bij het formaat passen (voer `practice validate` uit): { $named }
cmd-index-skipped = { $path } staat niet in de zoekindex: { $why }
cmd-index-skipped-more = nog { $count ->
        [one] 1 bestand staat
       *[other] { $count } bestanden staan
    } niet in de zoekindex (voer `practice validate` uit)
cmd-index-skip-unreadable = het bestand kan niet gelezen worden ({ $error })
cmd-index-skip-too-large = het bestand is { $size } bytes groot; het formaat laat hoogstens { $max } bytes toe
cmd-index-skip-link = het is een symbolische koppeling, en koppelingen worden niet gevolgd
cmd-index-skip-not-utf8 = de bestandsnaam bevat ongeldige tekens (geen UTF-8); geef het bestand een andere naam
cmd-progress-indexing = indexeren
cmd-progress-exporting = exporteren
cmd-progress-practices = praktijken
cmd-progress-files = bestanden

## search and similar
cmd-search-facets = Treffers per thema, provincie en status
cmd-search-facet-theme = thema
cmd-search-facet-province = provincie
cmd-search-facet-status = status
cmd-search-wordless = let op: in `{ $query }` staat geen woord om op te zoeken (veelvoorkomende woorden en tekens tellen niet mee); dit zijn alle praktijken die door de filters komen
cmd-search-corrected = geen treffers voor `{ $typed }`; gezocht op { $searched }
cmd-search-or = of
cmd-search-partial = geen praktijk bevat alle woorden; dit zijn de beste gedeeltelijke treffers ({ $matched } van de { $words } woorden)
cmd-search-none-has-all = elk woord vindt praktijken, maar geen enkele praktijk bevat ze allemaal; zet OR tussen woorden waarvan er één mag volstaan

## export and outreach
cmd-export-wrote = { $practices ->
        [one] 1 praktijk
       *[other] { $practices } praktijken
    } geëxporteerd in { $files ->
        [one] 1 bestand
       *[other] { $files } bestanden
    }, naar { $path } ({ $kind })
cmd-export-kind-zip = zip-bestand
cmd-export-kind-folder = map
cmd-export-left-out = { $path } zit niet in de bundel: { $reason }
cmd-export-uncommitted = practices/ of schema/ bevat wijzigingen die nog niet vastgelegd zijn; de bundel bevat ze wel, maar de commit die het manifest noemt ({ $commit }) niet
cmd-export-delimiter-quote = het aanhalingsteken kan geen velden scheiden; kies bv. `;` of `tab`
cmd-export-delimiter-invalid = geef één leesteken (zoals `;` of `,`) of `tab`, niet `{ $value }`
cmd-error-export-none = geen praktijk past bij de filters (status: { $statuses }); niets geëxporteerd
cmd-error-export-none-published = geen praktijk past bij de filters (status: { $statuses }); niets geëxporteerd. Export neemt alleen gepubliceerde praktijken, tenzij u `--status` opgeeft
cmd-outreach-invalid = { $count ->
        [one] 1 gepubliceerde praktijk heeft
       *[other] { $count } gepubliceerde praktijken hebben
    } fouten bij validatie en { $count ->
        [one] wordt
       *[other] worden
    } niet voorgesteld (voer `practice validate` uit): { $ids }
cmd-outreach-merged = let op: { $old } is sinds 2025 deel van { $successor } ({ $nis })
cmd-outreach-heading = Praktijken voor { $name } ({ $nis }, arrondissement { $arrondissement }, provincie { $province })
cmd-outreach-has = { $name } heeft { $own ->
        [one] 1 gepubliceerde eigen praktijk
       *[other] { $own } gepubliceerde eigen praktijken
    } en nam er { $adopted } over.
cmd-outreach-none = Geen gepubliceerde praktijken van andere gemeenten om voor te stellen.
cmd-outreach-all-reached = Elke gemeente heeft een eigen of overgenomen praktijk: niets geschreven.
cmd-outreach-wrote = { $municipalities ->
        [one] 1 gemeente
       *[other] { $municipalities } gemeenten
    } zonder praktijk, { $practices ->
        [one] 1 praktijk
       *[other] { $practices } verschillende praktijken
    } voorgesteld: { $files ->
        [one] 1 bestand
       *[other] { $files } bestanden
    } geschreven naar { $path } ({ $kind })
cmd-error-outreach-what = noem een gemeente, of gebruik --unreached --out MAP/
cmd-error-outreach-no-nis = geen gemeente met NIS-code { $nis }

## due
cmd-due-nothing = Niets te doen.
cmd-due-count = Te doen: { $count ->
        [one] 1 punt
       *[other] { $count } punten
    }
cmd-due-today = vandaag ({ $date })
cmd-due-since = sinds { $date } ({ $days ->
        [one] 1 dag
       *[other] { $days } dagen
    })
cmd-due-in = over { $days ->
        [one] 1 dag
       *[other] { $days } dagen
    } ({ $date })
cmd-due-now = nu

## changes
cmd-changes-since = Wijzigingen sinds { $since } (commit { $commit }, { $date }), ook wat nog niet vastgelegd is
cmd-changes-since-start = Wijzigingen sinds { $since }: er is geen eerdere commit, alles is nieuw
cmd-changes-none = Geen wijzigingen.
cmd-changes-added = Nieuw
cmd-changes-status = Andere status
cmd-changes-archived = Gearchiveerd
cmd-changes-changed = Gewijzigd
cmd-changes-removed = Verwijderd

## schema, completions, man: text under their help
cmd-schema-after-help = De beschrijving staat ook in docs/formaatbeschrijving.md (in het Engels: docs/format-reference.md).
    Voor hulp bij YAML in een editor, bv. in settings.json van VS Code:
      "yaml.schemas": {"{"} "<uitvoer van practice schema --json-schema>": "practices/**/*.md" {"}"}
cmd-completions-after-help = Installeer bijvoorbeeld zo:
    {"  "}bash:       practice completions bash > ~/.local/share/bash-completion/completions/practice
    {"  "}zsh:        practice completions zsh > ~/.zfunc/_practice   (met fpath+=~/.zfunc in ~/.zshrc)
    {"  "}fish:       practice completions fish > ~/.config/fish/completions/practice.fish
    {"  "}powershell: practice completions powershell >> $PROFILE
cmd-man-after-help = Lees ze met `practice man | man -l -`, of installeer de pagina's met
    {"  "}practice man --out ~/.local/share/man/man1
cmd-add-after-help = Voorbeelden:
    {"  "}practice add                  # vraagt veld per veld
    {"  "}practice add --no-input --title "Taalbuddy's in Sint-Niklaas" --municipality Sint-Niklaas
    {"  "}practice add --title Caféklap --municipality 42006 --theme "Oefenkansen Nederlands" --edit
cmd-edit-after-help = Voorbeelden:
    {"  "}practice edit gent-praktijktesten
    {"  "}practice edit practices/gent-praktijktesten.md
    {"  "}EDITOR=nano practice edit gent-praktijktesten
cmd-status-after-help = Voorbeelden:
    {"  "}practice status gent-taalcafe review
    {"  "}practice status gent-taalcafe gepubliceerd --no-input   # toont alleen wat nog nodig is

## Errors of the commands; a path stays in the message
cmd-error-schema-missing = { $path } bestaat niet; het JSON Schema hoort in `schema/` van de collectie
cmd-error-root = de map { $path } van --root kan niet geopend worden
cmd-error-svg-folder = de map voor --svg { $path } kan niet geopend worden
cmd-error-man-out = de map { $path } van --out kan niet gemaakt worden
cmd-error-inside-collection = { $path } wordt niet geschreven: het ligt in de map `{ $folder }` van de collectie; kies een plaats buiten de collectie
cmd-error-not-a-file = { $path } wordt niet geschreven: het bestaat al en is geen gewoon bestand
cmd-error-symlink = { $path } wordt niet geschreven: het is een symbolische koppeling (schrijven zou een ander bestand wijzigen); verwijder ze eerst
cmd-error-exists = { $path } bestaat al; gebruik --force om het te vervangen
cmd-error-appeared = { $path } verscheen terwijl het geschreven werd; gebruik --force om het te vervangen
cmd-error-pages-exist = { $count ->
        [one] 1 pagina bestaat
       *[other] { $count } pagina's bestaan
    } al; niets geschreven (gebruik --force om ze te vervangen): { $named }
cmd-error-and-more = { $named } en nog { $count }
cmd-error-check = { $path } kan niet nagekeken worden
cmd-error-write-in = in { $path } kan geen bestand geschreven worden
cmd-error-write = { $path } kan niet geschreven worden
# What the system said about a file, for the kinds of failure an editor meets.
