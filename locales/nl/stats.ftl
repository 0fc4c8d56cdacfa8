# stats: the answer to "were all municipalities reached?" first, then the counts.
stats-reached = Bereikt: { $reached } van de { $municipalities } gemeenten ({ $percent }); { $without } nog zonder praktijk
stats-reached-split = waarvan { $own } met een eigen praktijk en { $adopted } met een overgenomen praktijk
stats-counted = { $count ->
        [one] 1 praktijk
       *[other] { $count } praktijken
    } met status { $statuses }
stats-invalid = { $count ->
        [one] 1 met fouten bij validatie
       *[other] { $count } met fouten bij validatie
    }
stats-per-status = Per status
stats-per-province = Per provincie
stats-per-theme = Per thema
stats-per-target-group = Per doelgroep
stats-coverage-heading = Bereik per provincie
stats-own = eigen praktijk
stats-or-adoption = of overname
stats-most-adopted = Meest overgenomen
stats-without = Zonder praktijk of overname in { $province } ({ $count }):
percent = { $value } %
decimal-separator = ,
