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
cmd-list-invalid-selected = { $count ->
        [one] 1 gekozen praktijk heeft
       *[other] { $count } gekozen praktijken hebben
    } fouten (`practice validate` toont ze): { $ids }

## show
cmd-show-not-found = geen praktijk met id `{ $id }`; `practice list` toont alle ids
cmd-show-not-found-meant = geen praktijk met id `{ $id }`; bedoelde u `{ $meant }`?
cmd-show-unreadable = de praktijk `{ $id }` past niet in het formaat en kan niet getoond worden; `practice validate` toont waarom
cmd-show-invalid = `{ $id }` heeft fouten (`practice validate { $path }` toont ze)

## status
cmd-status-cannot-change = De status van { $path } kan niet veilig aangepast worden (de gegevens bovenaan staan niet één veld per regel). Pas ze aan met: practice edit { $id }
cmd-status-already = { $id } heeft al de status { $status }.
cmd-status-done = { $id } heeft nu de status { $status } ({ $path }).
cmd-status-changed-meanwhile = { $path } is intussen veranderd en werd niet overschreven. Probeer opnieuw.
cmd-status-unchanged = Er is niets veranderd aan { $path }.
cmd-status-fix-first = Verbeter dat eerst met: practice edit { $id }. Er is niets veranderd.
cmd-status-fill-in = Vul het nu aan (Ctrl-C stopt: het bestand blijft dan zoals het was, uw antwoorden worden bewaard):
cmd-status-stopped = Gestopt. Er is niets veranderd aan { $path }.
cmd-status-answers-kept = Er is niets veranderd aan { $path }. Uw antwoorden staan in { $copy }; `practice edit { $id }` gaat daar verder.

## edit
cmd-edit-editor-stopped = Let op: { $editor } stopte met { $status }; uw tekst blijft bewaard.
cmd-edit-choice = Wat wilt u doen?
cmd-edit-choice-help = pijltjes kiezen, Enter bevestigt
cmd-edit-choice-reopen = Opnieuw openen en verbeteren
cmd-edit-choice-keep = Zo bewaren, met de fouten
cmd-edit-choice-undo = Ongedaan maken: de praktijk blijft zoals ze was
cmd-edit-not-found = Er is geen praktijk „{ $wanted }”. `practice list` toont alle ids.
cmd-edit-not-found-meant = Er is geen praktijk „{ $wanted }”. Bedoelde u { $id }?
cmd-edit-no-editor = Geen editor gevonden. Kies er een, bijvoorbeeld: export EDITOR=nano (zet dat in uw ~/.profile om het te onthouden).
cmd-edit-unchanged = Niets gewijzigd: { $path } blijft zoals het was.
cmd-edit-saved = Bewaard: { $path } (nagekeken, geen fouten)
cmd-edit-kept-with-errors = Bewaard met fouten: { $path }. `practice validate { $path }` toont ze; `practice edit { $id }` om ze te verbeteren.
cmd-edit-undone = Ongedaan gemaakt: { $path } is niet veranderd.
cmd-edit-pending = { $path } is niet veranderd. Uw wijzigingen zijn bewaard in { $copy }; `practice edit { $id }` gaat daar verder.
cmd-edit-conflict = { $path } is intussen veranderd (bijvoorbeeld door git pull) en werd niet overschreven. Uw wijzigingen zijn bewaard in { $copy }.
cmd-status-answers-aside = Er is niets veranderd aan { $path }. In { $copy } wacht nog een eerdere bewerking; uw antwoorden staan daarom apart in { $aside }. Werk eerst die bewerking af met `practice edit { $id }` en neem daarna uit { $aside } over wat u nodig hebt.
