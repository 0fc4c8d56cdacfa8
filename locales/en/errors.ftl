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
