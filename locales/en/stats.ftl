# stats: the answer to "were all municipalities reached?" first, then the counts.
stats-reached = Reached: { $reached } of the { $municipalities } municipalities ({ $percent }); { $without } still without a practice
stats-reached-split = of which { $own } with a practice of their own and { $adopted } with one taken over
stats-counted = { $count ->
        [one] 1 practice
       *[other] { $count } practices
    } with status { $statuses }
stats-invalid = { $count ->
        [one] 1 with validation errors
       *[other] { $count } with validation errors
    }
stats-per-status = Per status
stats-per-province = Per province
stats-per-theme = Per theme
stats-per-target-group = Per target group
stats-coverage-heading = Coverage per province
stats-own = own practice
stats-or-adoption = or adoption
stats-most-adopted = Taken over most often
stats-without = Without a practice or adoption in { $province } ({ $count }):
percent = { $value }%
decimal-separator = .
