# The command line: its own errors, before or around a subcommand.
cli-unknown-language = unknown language `{ $value }`; choose nl (Dutch) or en (English)
cli-root-without-schema = --root { $root }: no `schema/` folder there; give the collection's folder (with `schema/` and `practices/`)
# The parser's own mistakes: an option, command or value the program does not know.
cli-unknown-argument = unknown option `{ $argument }`
cli-unknown-command = unknown command `{ $command }`
cli-invalid-value-choose = `{ $value }` is not a valid value for `{ $argument }`; choose from { $valid }
cli-invalid-value = `{ $value }` is not a valid value for `{ $argument }`
cli-missing-value = `{ $argument }` needs a value
cli-value-refused = `{ $value }` is not a valid value for `{ $argument }`: { $reason }
cli-missing-argument = still missing: { $arguments }
cli-missing-command = name a command, for example `practice validate` or `practice search taalcafé`
cli-conflict = `{ $argument }` cannot be used with `{ $other }`
cli-repeated = `{ $argument }` can be given only once
cli-too-many-values = `{ $value }` is one value too many for `{ $argument }`
cli-invalid-utf8 = an argument holds characters that are not valid UTF-8
cli-did-you-mean = did you mean `{ $suggestion }`?
cli-more-help = More: `{ $command }`
cli-missing-value-choose = `{ $argument }` needs a value; choose from { $valid }
cli-not-a-number = that is not a whole number
