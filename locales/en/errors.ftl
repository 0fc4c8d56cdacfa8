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
error-export-exists = { $path } already exists; use --force to replace it
error-export-not-a-bundle = refusing to replace { $path }: { $reason }; --force replaces only a bundle written by `practice export`
error-export-inside = refusing to write { $path }: it is inside the collection's `{ $folder }`; choose a place outside the collection

# Why `--force` does not replace what is at the output path (after "refusing to replace …:").
export-target-link = it is a symbolic link
export-target-folder = it is a folder (end the path with `/` to write a folder bundle)
export-target-not-zip = it is not a zip archive
export-target-zip-without-manifest = it is a zip archive with no { $name } written by `practice export`
export-target-file = it is a file, not a folder
export-target-folder-without-manifest = it is a folder with no { $name } written by `practice export`
export-target-unreadable-name = an entry whose name cannot be read
export-target-more = { " " }and { $count } more
export-target-extra = it is a bundle, but it also holds { $count ->
        [one] an entry that the bundle did not write: { $named } (move it elsewhere, or choose another path)
       *[other] entries that the bundle did not write: { $named } (move them elsewhere, or choose another path)
    }
export-manifest-foreign = its { $name } was not written by `practice export` ({ $why })
export-manifest-not-json = it is not JSON
export-manifest-other-tool = its `tool.name` is not `practice`
export-manifest-no-format = it has no `bundle_format`
export-manifest-no-files = it lists no `files`
export-manifest-newer = its { $name } is of bundle format { $format }, newer than the { $known } this version of `practice` writes
