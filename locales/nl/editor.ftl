# The editors' commands around `add`: list, show, status and edit.

## list (and the warnings of the commands that load the collection)
cmd-list-count = { $count ->
        [one] 1 praktijk
       *[other] { $count } praktijken
    }
cmd-list-none-match = Geen enkele praktijk voldoet aan de filters.
cmd-list-none-yet = Er staan nog geen praktijken in practices/. Maak er een met: practice add
cmd-list-and-more = { $named } en nog { $count }
cmd-list-unfit-left-out = { $count ->
        [one] 1 bestand is
       *[other] { $count } bestanden zijn
    } weggelaten omdat de gegevens bovenaan niet in het formaat passen (`practice validate` toont waarom): { $named }
cmd-list-unfit-not-indexed = { $count ->
        [one] 1 bestand is
       *[other] { $count } bestanden zijn
    } niet doorzoekbaar omdat de gegevens bovenaan niet in het formaat passen (`practice validate` toont waarom): { $named }
cmd-list-invalid-selected = { $count ->
        [one] 1 gekozen praktijk heeft
       *[other] { $count } gekozen praktijken hebben
    } fouten (`practice validate` toont ze): { $ids }

## show
cmd-show-not-found = geen praktijk met id `{ $id }`; `practice list` toont alle ids
cmd-show-not-found-meant = geen praktijk met id `{ $id }`; bedoelde u `{ $meant }`?
cmd-show-unreadable = de praktijk `{ $id }` past niet in het formaat en kan niet getoond worden; `practice validate` toont waarom
cmd-show-invalid = `{ $id }` heeft fouten (`practice validate { $path }` toont ze)
