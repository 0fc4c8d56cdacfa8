# Findings of the checks not in validate.ftl: paths, adoptions, the collection as a whole,
# control characters, the body, file-level problems and the synonyms file. A finding starts
# lower-case (it follows `fout: `) and names its subject first, in backticks.

## Attachments and links
check-attachment-missing = `{ $field }`: `{ $path }` bestaat niet
check-attachment-missing-help = zet het bestand op { $place }
check-path-outside = `{ $field }`: `{ $path }` ligt buiten de map `{ $folder }/`
check-path-outside-help = bijlagen staan in de map `{ $folder }/` naast de praktijk; schrijf `{ $folder }/<bestand>`
check-link-nowhere = de link naar `{ $dest }` leidt nergens heen
check-link-nowhere-help = er staat geen bestand op { $place }
check-link-outside = de link naar `{ $dest }` gaat buiten de collectie
check-link-outside-help = link naar praktijken en bijlagen in `practices/`, of gebruik een volledig webadres dat met https:// begint

## Adoptions and based_on
check-adoption-own = `adoptions`: { $name } is een van de eigen gemeenten van de praktijk (`municipalities`), geen overname
check-adoption-own-help = vermeld alleen andere gemeenten die de praktijk hebben overgenomen
check-adoption-twice = `adoptions` vermeldt { $name } twee keer
check-adoption-twice-help = houd één overname per gemeente, met de datum waarop ze begon
check-adoption-future = `adoptions.since` ({ $date }) ligt in de toekomst
check-adoption-future-help = noteer een overname pas als de gemeente de praktijk echt uitvoert
check-based-on-self = `based_on` noemt de praktijk zelf: een praktijk kan niet op zichzelf gebaseerd zijn
check-based-on-self-help = noem de praktijk waarvan deze een eigen versie is, of verwijder `based_on`

## The collection as a whole
check-id-mismatch = `id` is `{ $id }`, maar het bestand heet `{ $stem }.md`
check-id-mismatch-help = geef het bestand de naam `{ $id }.md`, of schrijf `id: { $stem }`
check-id-duplicate = het id `{ $id }` wordt ook gebruikt door { $others }
check-id-duplicate-help = elke praktijk heeft een eigen id nodig
check-and-more = { $items } en nog { $count }
check-related-self = `related` noemt de praktijk zelf: een praktijk kan niet met zichzelf verwant zijn
check-id-unknown = `{ $key }` noemt `{ $id }`, maar die praktijk staat niet in de collectie
check-title-duplicate = de titel (`title`) is bijna dezelfde als die van { $others }
check-title-duplicate-help = gaat het om dezelfde praktijk? voeg ze dan samen, of laat de titels zeggen wat verschilt

## Control characters
check-control-in-value = `{ $name }` bevat { $char }{ $more ->
        [0] {""}
        [one] {" "}(en nog 1 in deze waarde)
       *[other] {" "}(en nog { $more } in deze waarde)
    }
check-control-in-value-help = een terminal of CI-log voert dit teken uit in plaats van het te tonen: verwijder het (en ook escapes als `\e`, `\x1b` of `\u202e` die het schrijven)
check-control-in-body = de tekst bevat { $char }
check-control-in-body-help = een terminal voert dit teken uit in plaats van het te tonen: verwijder het
check-control-more = nog { $count ->
        [one] 1 stuurteken
       *[other] { $count } stuurtekens
    } in de tekst vanaf hier
check-char-escape = escape, waarmee stuurcodes voor de terminal beginnen
check-char-carriage-return = een regelterugloop (carriage return)
check-char-control = een stuurteken
check-char-c1 = een C1-stuurteken
check-char-separator = een regel- of alineascheiding
check-char-bidi = een teken dat de leesrichting omkeert, zodat de tekst anders getoond wordt dan hij er staat

## The body
check-section-unknown = `## { $heading }` is geen sectie van het formaat
check-section-twice = `## { $heading }` staat er twee keer
check-section-order = `## { $heading }` moet vóór `## { $before }` komen
check-section-order-help = de volgorde is: { $order }

## Values of the front matter
check-front-not-mapping = de velden bovenaan (front matter) zijn { $kind }, geen reeks velden met `veld: waarde`
check-wrong-type = { $field } moet { $expected } zijn, maar is { $found }
check-write-list = schrijf een lijst: `[{ $value }]`
check-type-text = tekst
check-type-integer = een geheel getal
check-type-number = een getal
check-type-list = een lijst
check-type-mapping = een groep velden
check-type-boolean = true of false
check-type-empty = leeg
check-type-other = een ander soort waarde
check-pattern-id = kleine letters, cijfers en enkele koppeltekens, zoals `gent-taalcafe`
check-pattern-email = een e-mailadres zoals `integratie@gemeente.be`
check-pattern-url = een volledig webadres dat met https:// begint
check-pattern-date = een volledige datum: JJJJ-MM-DD
check-pattern-language = een taalcode zoals `nl` of `nl-BE`
check-vocabulary-unknown = `{ $value }` staat niet in de woordenlijst `{ $vocabulary }` ({ $label })
check-did-you-mean-labelled = bedoelde u `{ $value }` ({ $label })?
check-vocabulary-list = `practice schema` toont de ids van `{ $vocabulary }`
check-date-range = schrijf een bestaande datum met een jaar van { $first } tot { $last }
check-period-order = `period.end` ligt vóór `period.start`
check-owner-many-help = precies één organisatie is eigenaar van de praktijk; geef de andere `role: partner`

## The file itself
check-not-regular = `{ $name }` is { $kind }, geen gewoon bestand; het wordt niet gelezen
check-not-regular-help = een praktijk is een gewoon bestand in practices/: vervang dit door het bestand zelf
check-kind-fifo = een named pipe (FIFO)
check-kind-socket = een socket
check-kind-device = een apparaat
check-kind-symlink = een symbolische koppeling (die wordt nooit gevolgd)
check-kind-folder = een map
check-kind-other = iets anders
check-file-too-large = het bestand telt { $size } bytes; het schema laat er hoogstens { $max } toe
check-file-too-large-help = een praktijk is enkele bladzijden tekst; zet groot materiaal in een bijlage
check-unreadable = het bestand kan niet gelezen worden: { $reason }
check-not-utf8 = byte 0x{ $byte } op positie { $offset } is geen geldige UTF-8
check-not-utf8-help = bewaar het bestand als UTF-8 (in de meeste programma's: 'Opslaan als' met codering UTF-8)
check-front-missing = geen velden bovenaan (front matter): het bestand moet met een regel `---` beginnen
check-front-missing-help = begin het bestand met `---`, dan de velden (id, title, status, municipalities) en weer `---`
check-front-unclosed = de velden bovenaan (front matter) worden nergens afgesloten
check-front-unclosed-help = voeg een regel `---` toe na het laatste veld
check-front-not-first = { $count ->
        [one] 1 lege regel
       *[other] { $count } lege regels
    } vóór de eerste `---`
check-front-not-first-help = de `---` moet de allereerste regel van het bestand zijn
check-file-name-not-utf8 = de bestandsnaam `{ $name }` is geen geldige UTF-8 (de bytes staan er als \xNN)
check-file-name-not-utf8-help = geef het bestand (of zijn map) een naam met gewone tekens, zoals `cafe.md` of `café.md`
check-file-name-control = de bestandsnaam `{ $name }` bevat stuurtekens
check-file-name-control-help = geef het bestand een naam met letters, cijfers en koppeltekens: `<id>.md`

## The synonyms file (schema/synonyms.yaml)
check-synonyms-not-utf8 = het synoniemenbestand is geen geldige UTF-8
check-synonyms-unreadable = het synoniemenbestand kan niet gelezen worden: { $reason }
check-synonyms-shape = het synoniemenbestand moet de twee delen `groups` en `narrower` hebben
check-synonyms-shape-help = begin het bestand met `groups:`
check-synonyms-unknown-key = `{ $key }` is geen deel van het synoniemenbestand
check-synonyms-unknown-key-help = het bestand heeft twee delen: `groups` en `narrower`
check-synonyms-not-list = hier hoort een lijst van woorden of woordgroepen
check-synonyms-not-list-help = schrijf ze als `[woord, ander woord]`
check-synonyms-not-term = hier hoort een woord of woordgroep
check-synonyms-not-term-help = schrijf elk item als tekst
check-synonyms-no-word = `{ $term }` bevat geen woord om op te zoeken (alleen stopwoorden of tekens)
check-synonyms-no-word-help = verwijder het, of schrijf de woorden waarvoor het staat
check-synonyms-groups-not-list = `groups` moet een lijst van groepen zijn
check-synonyms-groups-not-list-help = schrijf elke groep op een eigen regel als `- [woord, synoniem]`
check-synonyms-group-too-small = een groep heeft minstens twee woorden nodig
check-synonyms-group-too-small-help = voeg een woord toe dat hetzelfde betekent, of verwijder de groep
check-synonyms-twice-in-group = `{ $term }` staat twee keer in deze groep
check-synonyms-remove-one = verwijder een van beide
check-synonyms-in-two-groups = `{ $term }` staat al in de groep op regel { $line }
check-synonyms-in-two-groups-help = een woord hoort bij één groep: voeg de groepen samen, of zet het bredere woord onder `narrower`
check-synonyms-group-twice = deze groep herhaalt de groep op regel { $line }
check-synonyms-narrower-shape = `narrower` moet bij elk breder woord de engere woorden geven
check-synonyms-narrower-shape-help = schrijf het als `breed: [smal, smaller]`
check-synonyms-narrower-self = `{ $term }` staat als enger woord onder zichzelf
check-synonyms-narrower-self-help = haal het uit zijn eigen lijst
check-synonyms-narrower-empty = `{ $term }` heeft geen engere woorden
check-synonyms-narrower-empty-help = voeg ze toe, of verwijder het item
