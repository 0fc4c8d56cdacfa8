# search and index: notes about the index and the lines around the hits.
rebuild-asked = as asked
rebuild-missing = no index yet
rebuild-outdated = outdated: { $why }
rebuild-corrupt = the old one was unreadable: { $why }
rebuild-in-memory = in memory for this run only, as { $why }
index-built = index built: { $count ->
        [one] 1 practice
       *[other] { $count } practices
    } ({ $why })
index-updated = index updated: { $added } added, { $changed } changed, { $removed } removed
search-shown = { $shown } of { $total ->
        [one] 1 practice
       *[other] { $total } practices
    }
search-shown-more = { $shown } of { $total } practices (--limit N shows more)
search-none = no practice matches `{ $query }`
search-word-hits = { $count ->
        [0] no practice
        [one] 1 practice
       *[other] { $count } practices
    }
search-did-you-mean = ; did you mean { $words }?
search-try = try: practice search "{ $query }"
