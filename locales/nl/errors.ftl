# Errors that stop a command (after `fout: `): the collection, the schema, a file that cannot be
# read or written. Each names the path it is about.

## Why a file could not be read or written
error-io-not-found = het bestand of de map bestaat niet
error-io-permission = u heeft geen toestemming (rechten) voor dit bestand of deze map
error-io-exists = er bestaat al iets met die naam
error-io-is-folder = dit is een map, geen bestand
error-io-not-folder = een deel van het pad is een bestand, geen map
error-io-full = de schijf is vol
error-io-read-only = de schijf laat alleen lezen toe
error-io-busy = het bestand is in gebruik door een ander programma
