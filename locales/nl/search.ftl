# search and index: notes about the index and the lines around the hits.
rebuild-asked = zoals gevraagd
rebuild-missing = nog geen index
rebuild-outdated = verouderd: { $why }
rebuild-corrupt = de vorige was onleesbaar: { $why }
rebuild-in-memory = alleen in het geheugen voor deze keer, want { $why }
index-built = index opgebouwd: { $count ->
        [one] 1 praktijk
       *[other] { $count } praktijken
    } ({ $why })
index-updated = index bijgewerkt: { $added } toegevoegd, { $changed } gewijzigd, { $removed } verwijderd
search-shown = { $shown } van { $total ->
        [one] 1 praktijk
       *[other] { $total } praktijken
    }
search-shown-more = { $shown } van { $total } praktijken (--limit N toont er meer)
search-none = geen praktijk past bij `{ $query }`
search-word-hits = { $count ->
        [0] geen praktijk
        [one] 1 praktijk
       *[other] { $count } praktijken
    }
search-did-you-mean = ; bedoelde u { $words }?
search-try = probeer: practice search "{ $query }"
