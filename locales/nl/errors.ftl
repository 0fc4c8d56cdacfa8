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

## The collection and its schema
error-io = { $path }: { $reason }
error-no-root = geen collectie gevonden: geen map boven { $start } bevat zowel `schema/` als `practices/` (geef de map van de collectie met --root)
error-schema-unreadable = kan het schemabestand { $path } niet lezen: { $reason }
error-schema-invalid = het schemabestand { $path } is niet bruikbaar: { $message }
error-synonyms-invalid = het synoniemenbestand { $path } is niet bruikbaar: { $message }
error-unknown-id = er is geen praktijk met id `{ $id }`
error-unknown-id-suggest = er is geen praktijk met id `{ $id }`; bedoelde u `{ $suggestion }`?

## The search index
error-index-busy = een ander `practice`-proces werkt de zoekindex in { $dir } bij; probeer opnieuw als het klaar is
error-index-damaged = de zoekindex is beschadigd: { $reason }

## Export
error-export-exists = { $path } bestaat al (gebruik --force om het te vervangen)
error-export-inside = { $path } wordt niet geschreven: het ligt in de map `{ $folder }` van de collectie
