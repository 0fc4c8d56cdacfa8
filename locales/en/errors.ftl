# Errors that stop a command (after `error: `): the collection, the schema, a file that cannot
# be read or written. Each names the path it is about.

## Why a file could not be read or written
error-io-not-found = no such file or folder
error-io-permission = permission denied
error-io-exists = something with that name already exists
error-io-is-folder = this is a folder, not a file
error-io-not-folder = part of the path is a file, not a folder
error-io-full = the disk is full
error-io-read-only = the disk is read-only
error-io-busy = the file is in use by another program

## The collection and its schema
error-io = { $path }: { $reason }
error-no-root = no collection found: no folder above { $start } holds both `schema/` and `practices/` (use --root)
error-schema-unreadable = cannot read the schema file { $path }: { $reason }
error-schema-invalid = invalid schema file { $path }: { $message }
error-synonyms-invalid = invalid synonyms file { $path }: { $message }
error-unknown-id = no practice with id `{ $id }`
error-unknown-id-suggest = no practice with id `{ $id }`; did you mean `{ $suggestion }`?

## The search index
error-index-busy = another `practice` process is updating the index in { $dir }; try again when it has finished
error-index-damaged = the search index is damaged: { $reason }

## Export
error-export-exists = { $path } already exists (use --force to replace it)
error-export-inside = refusing to write { $path }: it is inside the collection's `{ $folder }`
