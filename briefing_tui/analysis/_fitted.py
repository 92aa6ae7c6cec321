"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.

``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by
least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train
(agree when positive); ``DIFFER_MIN_SCORE`` is the score from which a pair
shares a point (STS-B gold >= 2).  See docs/matching.md.
"""

SCORE = (
    -0.99977,  # intercept
    +0.40735,  # recall_low
    +1.93463,  # recall_high
    +2.66613,  # dice
    +2.00648,  # recall_f1
    -0.44021,  # bigram_dice
    +0.15715,  # trigram_dice
    +1.16925,  # char_ratio
    -0.89046,  # lcs
    +1.05923,  # unmatched_low
    -0.28116,  # unmatched_high
    +0.57429,  # weight_ratio
    -0.17814,  # unshared_numbers
    -0.44574,  # number_clash
    -0.51934,  # negation_clash
    -0.25817,  # name_clash
    -0.60408,  # partial_ratio
    +0.22916,  # gap_runs
    -0.16934,  # word_dice
    -0.30143,  # length
    +0.19105,  # stop_gap_low
    +0.29549,  # stop_gap_high
)

AGREE = (
    -2.71172,  # intercept
    +5.35500,  # recall_low
    +1.71814,  # recall_high
    -5.47184,  # dice
    -5.31139,  # recall_f1
    -1.23662,  # bigram_dice
    -0.62127,  # trigram_dice
    +7.50219,  # char_ratio
    +1.91304,  # lcs
    +0.46881,  # unmatched_low
    -1.76302,  # unmatched_high
    +2.36459,  # weight_ratio
    -0.27862,  # unshared_numbers
    -0.04594,  # number_clash
    -0.48862,  # negation_clash
    -0.27397,  # name_clash
    -6.50670,  # partial_ratio
    +1.07991,  # gap_runs
    +11.41776,  # word_dice
    -0.33338,  # length
    +0.30211,  # stop_gap_low
    -0.41262,  # stop_gap_high
)

DIFFER_MIN_SCORE = 36.85
