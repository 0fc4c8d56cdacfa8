# The command line: its own errors, before or around a subcommand.
cli-unknown-language = onbekende taal `{ $value }`; kies nl (Nederlands) of en (Engels)
cli-root-without-schema = --root { $root }: daar staat geen map `schema/`; geef de map van de collectie (met `schema/` en `practices/`)
