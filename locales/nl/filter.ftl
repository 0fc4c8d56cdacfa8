# Filters (--theme, --status, ...): a value that names nothing known.
unknown-value = onbekende { $what } `{ $value }`
unknown-value-did-you-mean = ; bedoelde u `{ $value }`?
unknown-value-valid = ; kies uit: { $valid }
what-theme = waarde voor thema
what-target-group = waarde voor doelgroep
what-province = provincie
what-status = status
what-municipality = gemeente
