# The command line: its own errors, before or around a subcommand.
cli-unknown-language = unknown language `{ $value }`; choose nl (Dutch) or en (English)
cli-root-without-schema = --root { $root }: no `schema/` folder there; give the collection's folder (with `schema/` and `practices/`)
