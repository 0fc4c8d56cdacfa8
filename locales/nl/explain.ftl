# The editors' mistakes in YAML, dates, headings and the place of a field, in plain words: what
# is wrong and how to fix it, with the fix written out. Like every finding, a message starts
# lower-case (it follows `fout: `), names its subject first in backticks where there is one, and
# has no full stop at the end. `{"{"}` and `{"}"}` write a brace, which Fluent reads as a value.

## YAML
explain-unclosed-quote = het aanhalingsteken dat hier de waarde opent, wordt nergens gesloten
explain-unclosed-quote-help = sluit de waarde op dezelfde regel af met hetzelfde teken: `{ $fix }`
explain-quote-in-quotes = dit aanhalingsteken sluit de waarde al af, terwijl de tekst nog verder loopt
explain-quote-in-quotes-help = gebruik binnen de waarde andere aanhalingstekens dan eromheen: `{ $fix }`
explain-unclosed-block = `{"{"}` opent hier een blok dat nergens met `{"}"}` gesloten wordt
explain-unclosed-list = `[` opent hier een lijst die nergens met `]` gesloten wordt
explain-unclosed-bracket-help = sluit af op dezelfde regel: `{ $fix }`
explain-no-space-after-colon = na deze dubbele punt ontbreekt een spatie
explain-no-space-after-colon-help = schrijf een spatie na de dubbele punt: `{ $fix }`
explain-colon-in-value = deze waarde bevat een dubbele punt met een spatie erna, en die leest YAML als een nieuwe sleutel
explain-colon-in-value-help = zet de waarde tussen aanhalingstekens: `{ $fix }`
explain-curly-quotes = dit is een krullend aanhalingsteken (uit Word of een e-mail), en YAML kent alleen rechte aanhalingstekens
explain-curly-quotes-help = vervang de krullende aanhalingstekens door rechte: `{ $fix }`
explain-indentation = `{ $key }` staat niet even ver ingesprongen als de sleutel erboven
explain-indentation-help = laat `{ $key }` met precies { $spaces ->
        [one] 1 spatie
       *[other] { $spaces } spaties
    } beginnen, net als de sleutel erboven
explain-tab = deze regel springt in met een tab, en YAML aanvaardt alleen spaties
explain-tab-help = vervang de tab door spaties: twee per niveau
explain-dash-without-space = na het streepje van dit lijstitem ontbreekt een spatie
explain-dash-without-space-help = schrijf een spatie na het streepje: `{ $fix }`
explain-bom = hier staat een onzichtbaar BOM-teken (U+FEFF), meestal meegekopieerd uit een ander document
explain-bom-help = verwijder het teken: wis het begin van de regel en typ het opnieuw
explain-missing-dash = `{ $key }` staat twee keer in hetzelfde lijstitem: hier begint een nieuw item, maar de `- ` ervoor ontbreekt
explain-missing-dash-help = zet `- ` voor de eerste sleutel van het item: `{ $fix }`
explain-duplicate-key = `{ $key }` staat hier voor de tweede keer in dezelfde groep
explain-duplicate-key-help = `{ $key }` staat al op regel { $line }: houd er één van beide

## Dates
explain-date-shape-full = `{ $text }` bij { $field } is geen datum in de vorm jaar-maand-dag (JJJJ-MM-DD)
explain-date-shape-partial = `{ $text }` bij { $field } is geen datum in de vorm jaar-maand-dag (JJJJ, JJJJ-MM of JJJJ-MM-DD)
explain-date-year-first = schrijf het jaar eerst: `{ $date }`
explain-date-shape-help = schrijf de datum als JJJJ-MM-DD, bijvoorbeeld `2026-11-15`
explain-date-no-month = `{ $text }` bij { $field } bestaat niet: er is geen maand { $month }
explain-date-no-day = `{ $text }` bij { $field } bestaat niet: die maand heeft zoveel dagen niet
explain-date-swapped = dag en maand staan omgewisseld; bedoelt u `{ $date }`?
explain-date-impossible-help = schrijf een bestaande datum als JJJJ-MM-DD

## Headings and the place of a field
explain-heading-level = de sectie `## { $heading }` staat er als kop van niveau { $level }: `{ $written } { $heading }`
explain-heading-level-help = een sectie is een kop van niveau 2; schrijf twee hekjes: `## { $heading }`
explain-field-at-top = `{ $key }` staat ingesprongen onder `{ $parent }`, maar hoort op het hoogste niveau
explain-field-at-top-help = haal de spaties vooraan de regel weg: `{ $fix }`
explain-field-under = `{ $key }` staat op het hoogste niveau, maar hoort onder `{ $parent }`
explain-field-under-help = zet de regel ingesprongen onder `{ $parent }:` (regel { $line }): `{ $fix }`
explain-curly-quoted-value = deze waarde staat tussen krullende aanhalingstekens (uit Word of een e-mail), en die worden deel van de tekst
explain-curly-quoted-value-help = gebruik rechte aanhalingstekens: `{ $fix }`
