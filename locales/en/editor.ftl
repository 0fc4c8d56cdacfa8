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
cmd-list-invalid-selected = { $count ->
        [one] 1 selected practice has
       *[other] { $count } selected practices have
    } errors (`practice validate` shows them): { $ids }

## show
cmd-show-not-found = no practice with id `{ $id }`; `practice list` shows every id
cmd-show-not-found-meant = no practice with id `{ $id }`; did you mean `{ $meant }`?
cmd-show-unreadable = practice `{ $id }` does not fit the format and cannot be shown; `practice validate` shows why
cmd-show-invalid = `{ $id }` has errors (`practice validate { $path }` shows them)

## status
cmd-status-cannot-change = The status of { $path } cannot be changed safely (the data at the top is not one field per line). Change it with: practice edit { $id }
cmd-status-already = { $id } already has the status { $status }.
cmd-status-done = { $id } now has the status { $status } ({ $path }).
cmd-status-changed-meanwhile = { $path } changed in the meantime and was not overwritten. Try again.
cmd-status-unchanged = Nothing was changed in { $path }.
cmd-status-fix-first = Fix that first with: practice edit { $id }. Nothing was changed.
cmd-status-fill-in = Fill it in now (Ctrl-C stops: the file then stays as it was, your answers are kept):
cmd-status-stopped = Stopped. Nothing was changed in { $path }.
cmd-status-answers-kept = Nothing was changed in { $path }. Your answers are in { $copy }; `practice edit { $id }` goes on from there.

## edit
cmd-edit-editor-stopped = Note: { $editor } ended with { $status }; your text is kept.
cmd-edit-choice = What do you want to do?
cmd-edit-choice-help = arrows choose, Enter confirms
cmd-edit-choice-reopen = Open it again and fix it
cmd-edit-choice-keep = Keep it like this, with the errors
cmd-edit-choice-undo = Undo: the practice stays as it was
cmd-edit-not-found = There is no practice “{ $wanted }”. `practice list` shows every id.
cmd-edit-not-found-meant = There is no practice “{ $wanted }”. Did you mean { $id }?
cmd-edit-no-editor = No editor found. Choose one, for example: export EDITOR=nano (put that in your ~/.profile to remember it).
cmd-edit-unchanged = Nothing changed: { $path } stays as it was.
cmd-edit-saved = Saved: { $path } (checked, no errors)
cmd-edit-kept-with-errors = Saved with errors: { $path }. `practice validate { $path }` shows them; `practice edit { $id }` to fix them.
cmd-edit-undone = Undone: { $path } was not changed.
cmd-edit-pending = { $path } was not changed. Your changes are kept in { $copy }; `practice edit { $id }` goes on from there.
cmd-edit-conflict = { $path } changed in the meantime (by git pull, for example) and was not overwritten. Your changes are kept in { $copy }.
cmd-status-answers-aside = Nothing changed in { $path }. An earlier edit still waits in { $copy }; your answers are therefore kept apart in { $aside }. Finish that edit first with `practice edit { $id }`, then take what you need from { $aside }.
