"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.

``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by
least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train
(agree when positive); ``DIFFER_MIN_SCORE`` is the score from which a pair
shares a point (STS-B gold >= 2).  See docs/matching.md.
"""

SCORE = (
    -1.01089,  # intercept
    +0.19226,  # recall_low
    +1.83094,  # recall_high
    +2.64703,  # dice
    +2.32890,  # recall_f1
    -0.44497,  # bigram_dice
    +0.15972,  # trigram_dice
    +1.14046,  # char_ratio
    -0.86835,  # lcs
    +1.08349,  # unmatched_low
    -0.31758,  # unmatched_high
    +0.61538,  # weight_ratio
    -0.17606,  # unshared_numbers
    -0.44639,  # number_clash
    -0.51778,  # negation_clash
    -0.25549,  # name_clash
    -0.58756,  # partial_ratio
    +0.22915,  # gap_runs
    -0.18219,  # word_dice
    -0.28911,  # length
    +0.18643,  # stop_gap_low
    +0.29450,  # stop_gap_high
)

AGREE = (
    -2.77315,  # intercept
    +4.88717,  # recall_low
    +2.00888,  # recall_high
    -5.51322,  # dice
    -4.94349,  # recall_f1
    -1.27124,  # bigram_dice
    -0.59709,  # trigram_dice
    +7.47786,  # char_ratio
    +1.93467,  # lcs
    +0.59322,  # unmatched_low
    -1.86362,  # unmatched_high
    +2.40946,  # weight_ratio
    -0.26980,  # unshared_numbers
    -0.04315,  # number_clash
    -0.48678,  # negation_clash
    -0.26596,  # name_clash
    -6.51574,  # partial_ratio
    +1.07764,  # gap_runs
    +11.40216,  # word_dice
    -0.34534,  # length
    +0.29827,  # stop_gap_low
    -0.41270,  # stop_gap_high
)

DIFFER_MIN_SCORE = 37.03
