# The command line: its own errors, before or around a subcommand.
cli-unknown-language = onbekende taal `{ $value }`; kies nl (Nederlands) of en (Engels)
cli-root-without-schema = --root { $root }: daar staat geen map `schema/`; geef de map van de collectie (met `schema/` en `practices/`)
# The parser's own mistakes: an option, command or value the program does not know.
cli-unknown-argument = onbekende optie `{ $argument }`
cli-unknown-command = onbekend commando `{ $command }`
cli-invalid-value-choose = `{ $value }` is geen geldige waarde voor `{ $argument }`; kies uit { $valid }
cli-invalid-value = `{ $value }` is geen geldige waarde voor `{ $argument }`
cli-missing-value = `{ $argument }` heeft een waarde nodig
cli-value-refused = `{ $value }` is geen geldige waarde voor `{ $argument }`: { $reason }
cli-missing-argument = er ontbreekt nog iets: { $arguments }
cli-missing-command = geef een commando, bv. `practice validate` of `practice search taalcafé`
cli-conflict = `{ $argument }` kan niet samen met `{ $other }`
cli-repeated = `{ $argument }` mag maar één keer
cli-too-many-values = `{ $value }` is een waarde te veel voor `{ $argument }`
cli-invalid-utf8 = een argument bevat tekens die geen geldige UTF-8 zijn
cli-did-you-mean = bedoelt u `{ $suggestion }`?
cli-more-help = Meer uitleg: `{ $command }`
cli-missing-value-choose = `{ $argument }` heeft een waarde nodig; kies uit { $valid }
cli-not-a-number = dat is geen geheel getal
