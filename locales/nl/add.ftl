# `practice add`: what it says around the schema's own prompts (labels and help of the fields
# come from schema/rules.yaml), and the words `add`, `edit` and `status` use for findings.

## Why a value cannot be used: under the answer at the prompts, after the flag on the command line.
add-fault-empty = vul dit in
add-fault-too-short = te kort: minstens { $limit ->
        [one] 1 teken
       *[other] { $limit } tekens
    }
add-fault-too-long = te lang: hoogstens { $limit ->
        [one] 1 teken
       *[other] { $limit } tekens
    }
add-fault-form = ongeldige vorm ({ $help })
add-fault-not-a-date = geen datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD
add-date-meant = ; bedoelt u `{ $date }`?
add-fault-not-a-count = geen geheel getal van nul of meer
add-fault-not-one-of = kies uit { $allowed }
add-fault-not-one-of-meant = bedoelt u `{ $value }`? Kies uit { $allowed }
add-fault-not-in-list = staat niet in de lijst { $list }; kies uit { $valid }
add-fault-not-in-list-meant = staat niet in de lijst { $list }; bedoelt u { $label } ({ $id })? Kies uit { $valid }
add-fault-not-a-municipality = geen Vlaamse gemeente (2025); typ een naam of NIS-code
add-fault-not-a-municipality-meant = geen Vlaamse gemeente; bedoelt u { $name } ({ $nis })?
add-fault-taken = al in gebruik door { $path }
add-fault-no-scheme = een webadres begint met https://; bedoelt u `{ $url }`?
add-fault-not-an-email = geen e-mailadres; schrijf het als naam@gemeente.be, liefst een functionele mailbox
add-fault-not-an-attachment = geen webadres en geen bijlage: begin een webadres met https://, of zet het bestand eerst in de map { $folder }
add-flags-and = en
add-flags-or = of
add-fault-needs = vraagt ook { $flag }

## The questions: help and the parts of composite fields.
add-ask-part-fault = „{ $part }”: { $fault }
add-ask-skip = Enter om over te slaan
add-ask-not-valid = het antwoord bij `{ $key }` kan niet: { $fault }
add-ask-no-choice = keuze { $choice } bestaat niet
add-ask-tick-help = spatie kiest, pijltjes bewegen, typen filtert, Enter bevestigt
add-ask-status-help = een ontwerp vraagt het minst; voor review en publicatie vragen we meteen wat die status nodig heeft
add-ask-body-reopen = Verder met de tekst waar u gebleven was?
add-ask-body-reopen-help = nee stopt hier; uw antwoorden blijven bewaard
add-ask-body = Tekst
add-ask-body-help = schrijf onder elke kop; verplicht: { $sections } (minstens { $min } woorden elk); bewaar en sluit de editor om verder te gaan
add-ask-section = Sectie { $heading }
add-ask-section-min = minstens { $min } woorden
add-ask-section-short = te kort: { $words ->
        [one] 1 woord
       *[other] { $words } woorden
    }, minstens { $min }
add-ask-owner-part = eigenaar
add-ask-owner-help = de organisatie die de praktijk draagt, bv. Stad Gent
add-ask-owner-type-part = soort eigenaar
add-ask-filter-help = typen filtert
add-ask-start-part = begindatum
add-ask-date-help = JJJJ, JJJJ-MM of JJJJ-MM-DD
add-ask-lifecycle-part = levensloop
add-ask-lifecycle-help = loopt de praktijk nog?
add-ask-municipality-help = naam of NIS-code, meerdere gescheiden door komma's; Tab vult aan; vroegere gemeenten worden hun fusiegemeente
add-ask-municipality-more-help = nog een gemeente, of Enter om verder te gaan
add-ask-more-part = nog een
add-ask-evidence-part = niveau
add-ask-evidence-help = hoe goed is aangetoond dat het werkt?
add-ask-source-part = bron
add-ask-source-help = webadres (https://...) van een verslag of evaluatie, of een bijlage in de map van de praktijk
add-ask-source-more-part = nog een bron
add-ask-source-more-help = nog een bron, of Enter om verder te gaan
add-ask-reach-part = aantal
add-ask-reach-help = hoeveel mensen bereikt de praktijk?
add-ask-unit-part = eenheid
add-ask-unit-help = bv. deelnemers, gezinnen
add-ask-prerequisites-part = randvoorwaarden
add-ask-prerequisites-help = wat een andere gemeente nodig heeft om te starten
add-ask-assessed-by-part = door wie
add-ask-assessed-by-help = wie beoordeelde de criteria
add-ask-assessed-on-part = datum
add-ask-assessed-on-help = datum JJJJ-MM-DD
add-ask-contact-part = organisatie
add-ask-email-part = e-mail
add-ask-email-help = liefst een functionele mailbox
add-pick-one = kies er minstens één (spatie)
add-yes = ja
add-no = nee
add-default-yes = J/n
add-default-no = j/N
add-answer-yes-no = antwoord ja of nee

## Why nothing was written (after `fout: `), and the lines told at the prompts.
add-error-exists = er bestaat al een praktijk met dit id: { $path }
add-error-rejected = de nieuwe praktijk zou `practice validate` niet doorstaan; er is niets geschreven
add-error-cancelled = gestopt; er is niets geschreven
add-error-prompt = de vragen konden niet verder: { $reason }
add-error-io = kan { $path } niet schrijven: { $reason }
add-error-invalid-many = { $count } waarden kunnen niet gebruikt worden:
add-error-missing = voor de status `{ $status }` ontbreken nog velden:
add-error-missing-no-flag = daar is geen optie voor: maak de praktijk met een lagere status en vul het aan in het bestand
add-line-fault = { $field }: { $fault }
add-line-fault-value = { $field } „{ $value }”: { $fault }
add-line-missing = Voor de status { $status } ontbreekt nog:
add-line-collection = De collectie kan niet gelezen worden: { $reason }
add-sections = de secties { $sections }
add-again = Dit klopt nog niet:
add-again-fill-in = Vul die velden opnieuw in; uw andere antwoorden blijven staan.
add-nothing-written = Er is niets in practices/ geschreven:
add-answers-kept = Uw antwoorden zijn bewaard in { $path }.
    Ga later verder met: practice add --resume
add-note-former-municipality = { $old } ({ $old_nis }) is sinds 1 januari 2025 deel van { $new }: opgeschreven als { $new } ({ $nis })

## The drafts of unfinished sessions (.practice/drafts/).
add-session-damaged = { $path } is geen bewaard antwoord van `practice add` ({ $reason })
add-session-nothing = er is geen onderbroken praktijk in { $dir }
add-session-link = is een symbolische koppeling
add-resumed = Verder met de antwoorden uit { $path }
add-nothing-to-resume = Er is geen onderbroken praktijk om verder te zetten (niets in { $dir }).
add-cannot-keep = Let op: uw antwoorden kunnen niet tussentijds bewaard worden ({ $reason }).

## The editor.
add-body-stdin = --body -: de standaardinvoer
add-edit-needs-editor = --edit heeft een editor nodig: zet $VISUAL of $EDITOR, bijvoorbeeld export EDITOR=nano
add-offer-editor = Nu openen in uw editor?
add-offer-editor-help = { $editor }; daarna wordt het bestand opnieuw nagekeken
add-editor-opens = De editor ({ $editor }) opent { $path } ...
add-editor-stopped = Let op: { $editor } stopte met { $status }; de tekst blijft bewaard.
add-editor-cannot-start = kan { $editor } niet starten: { $reason }
add-editor-ended = Let op: { $editor } stopte met { $status }; het bestand blijft staan.
add-editor-not-started = Let op: { $editor } kan niet starten ({ $reason }); het bestand blijft staan.

## The closing lines after a practice was written.
add-created = Aangemaakt: { $path }
add-note = Opgelet: { $note }
add-good-to-know = Goed om te weten:
add-and = { $items } en { $last }
add-next-needs = Voor de status { $status } is nog nodig: { $needs }.
add-next-command = Vul aan met: practice status { $id } { $status }

## A body template: the hint under each heading (an HTML comment, not counted as words).
add-template-holds = Wat hier hoort: { $holds }.
add-template-required = Verplicht vanaf status { $level }, minstens { $min } woorden.
add-template-optional = Optioneel: laat weg wat niet past.

## Findings explained to editors (`add`, `edit`, `status`): one sentence per rule code, after
## the field it is about.
add-explain-section = Sectie `{ $heading }`
add-explain-body = Tekst
add-explain-file = Bestand
add-explain-warning = let op
add-explain-line = { $kind }, regel { $line }: { $text }
add-explain-other = dit voldoet niet aan het formaat
add-explain-io = het bestand kan niet gelezen worden
add-explain-not-regular-file = dit is geen gewoon bestand (bijvoorbeeld een snelkoppeling); zet er een gewoon bestand in de plaats
add-explain-file-name = de bestandsnaam bevat tekens die niet kunnen; geef het bestand een eenvoudige naam
add-explain-not-utf8 = het bestand bevat tekens die geen UTF-8 zijn; bewaar het als UTF-8
add-explain-file-too-large = het bestand is groter dan toegelaten
add-explain-front-matter-missing = het bestand moet beginnen met de gegevens tussen twee regels ---
add-explain-front-matter-unclosed = de gegevens bovenaan worden niet afgesloten met een regel ---
add-explain-front-matter-not-first = er staat iets vóór de eerste regel ---
add-explain-yaml-syntax = deze regel is niet goed geschreven: kijk naar de dubbele punt, aanhalingstekens, haakjes en het inspringen
add-explain-yaml-duplicate-key = dit veld staat er twee keer
add-explain-yaml-limit = de gegevens bovenaan zijn te diep genest of te groot
add-explain-yaml-not-mapping = de gegevens bovenaan moeten de vorm `veld: waarde` hebben
add-explain-unknown-key = dit veld kent het formaat niet; is het een tikfout?
add-explain-missing-field = dit veld is verplicht voor deze status
add-explain-wrong-type = deze waarde heeft niet de juiste vorm (bv. één waarde waar een lijst hoort)
add-explain-invalid-value = deze waarde is niet toegelaten (te lang, te kort, verkeerde vorm of niet uit de keuzelijst)
add-explain-id-mismatch = het id moet gelijk zijn aan de bestandsnaam (zonder .md)
add-explain-id-duplicate = een andere praktijk heeft hetzelfde id
add-explain-id-reserved = dit id kan op Windows geen bestandsnaam zijn; kies een ander
add-explain-unknown-vocabulary = deze waarde staat niet in de keuzelijst
add-explain-unknown-municipality = dit is geen Vlaamse gemeente (2025)
add-explain-legacy-municipality = deze gemeente is in 2025 gefusioneerd; schrijf de nieuwe gemeente
add-explain-duplicate-value = deze waarde staat er twee keer
add-explain-invalid-date = geen geldige datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD
add-explain-period-order = de einddatum ligt vóór de startdatum
add-explain-owner-count = er moet precies één organisatie met de rol eigenaar zijn
add-explain-evidence-sources = bij dit bewijsniveau hoort minstens één bron
add-explain-assessment-future = de datum van de beoordeling ligt in de toekomst
add-explain-assessment-failed = een gepubliceerde praktijk mag geen criterium hebben dat 'niet' voldaan is
add-explain-assessment-stale = de beoordeling is ouder dan { $months } maanden; laat ze opnieuw doen
add-explain-path-outside = een bron of bijlage is een webadres dat met https:// begint, of een bestand in de map { $folder }
add-explain-attachment-missing = dit bestand staat niet in de map { $folder }
add-explain-related-missing = er is geen praktijk met dit id
add-explain-related-self = een praktijk kan niet naar zichzelf verwijzen
add-explain-adoption-own = een gemeente van de praktijk zelf kan ze niet overnemen
add-explain-adoption-future = de datum van de overname ligt in de toekomst
add-explain-based-on-missing = er is geen praktijk met dit id
add-explain-based-on-self = een praktijk kan niet op zichzelf gebaseerd zijn
add-explain-section-missing = deze sectie is verplicht voor deze status
add-explain-section-order = de secties staan niet in de vaste volgorde
add-explain-section-duplicate = deze sectie staat er twee keer
add-explain-section-name = deze titel lijkt op een vaste sectie, maar is anders gespeld
add-explain-section-too-short = deze sectie heeft te weinig woorden (minstens { $min })
add-explain-link-broken = deze link verwijst naar niets in de collectie
add-explain-title-duplicate = een andere praktijk heeft (bijna) dezelfde titel
add-explain-summary-markup = de samenvatting moet gewone tekst zijn, zonder opmaak
add-explain-synonyms-format = het bestand met synoniemen heeft niet de juiste vorm
add-explain-synonyms-duplicate = dit woord staat twee keer in de synoniemen
add-explain-synonyms-conflict = dit woord staat in twee groepen synoniemen
add-explain-control-character = hier staat een onzichtbaar stuurteken; typ de tekst opnieuw
