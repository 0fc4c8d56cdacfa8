# Filters (--theme, --status, ...): a value that names nothing known.
unknown-value = unknown { $what } `{ $value }`
unknown-value-did-you-mean = ; did you mean `{ $value }`?
unknown-value-valid = ; choose from: { $valid }
what-theme = theme
what-target-group = target group
what-province = province
what-status = status
what-municipality = municipality
