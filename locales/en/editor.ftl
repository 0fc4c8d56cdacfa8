# The editors' commands around `add`: list, show, status and edit.

## list (and the warnings of the commands that load the collection)
cmd-list-count = { $count ->
        [one] 1 practice
       *[other] { $count } practices
    }
cmd-list-none-match = No practice matches the filters.
cmd-list-none-yet = There are no practices in practices/ yet. Create one with: practice add
cmd-list-and-more = { $named } and { $count } more
cmd-list-unfit-left-out = { $count ->
        [one] 1 file was
       *[other] { $count } files were
    } left out because their front matter does not fit the format (`practice validate` shows why): { $named }
cmd-list-unfit-not-indexed = { $count ->
        [one] 1 file was
       *[other] { $count } files were
    } not indexed because their front matter does not fit the format (`practice validate` shows why): { $named }
cmd-list-invalid-selected = { $count ->
        [one] 1 selected practice has
       *[other] { $count } selected practices have
    } errors (`practice validate` shows them): { $ids }

## show
cmd-show-not-found = no practice with id `{ $id }`; `practice list` shows every id
cmd-show-not-found-meant = no practice with id `{ $id }`; did you mean `{ $meant }`?
cmd-show-unreadable = practice `{ $id }` does not fit the format and cannot be shown; `practice validate` shows why
cmd-show-invalid = `{ $id }` has errors (`practice validate { $path }` shows them)
