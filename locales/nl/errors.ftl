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
error-export-exists = { $path } bestaat al; gebruik --force om het te vervangen
error-export-not-a-bundle = { $path } wordt niet vervangen: { $reason }; --force vervangt alleen een bundel die `practice export` schreef
error-export-inside = { $path } wordt niet geschreven: het ligt in de map `{ $folder }` van de collectie; kies een plaats buiten de collectie

# Why `--force` does not replace what is at the output path (after "wordt niet vervangen:").
export-target-link = het is een symbolische koppeling
export-target-folder = het is een map (eindig het pad op `/` om een bundel als map te schrijven)
export-target-not-zip = het is geen zip-bestand
export-target-zip-without-manifest = het is een zip-bestand zonder { $name } van `practice export`
export-target-file = het is een bestand, geen map
export-target-folder-without-manifest = het is een map zonder { $name } van `practice export`
export-target-unreadable-name = een onderdeel waarvan de naam niet te lezen is
export-target-more = { " " }en nog { $count }
export-target-extra = het is een bundel, maar er { $count ->
        [one] staat ook iets in dat de bundel niet schreef: { $named } (zet het ergens anders of kies een ander pad)
       *[other] staan ook dingen in die de bundel niet schreef: { $named } (zet ze ergens anders of kies een ander pad)
    }
export-manifest-foreign = { $name } is niet door `practice export` geschreven ({ $why })
export-manifest-not-json = het is geen JSON
export-manifest-other-tool = `tool.name` is niet `practice`
export-manifest-no-format = `bundle_format` ontbreekt
export-manifest-no-files = `files` ontbreekt
export-manifest-newer = { $name } heeft bundelformaat { $format }, nieuwer dan het formaat { $known } dat deze versie van `practice` schrijft
