"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.

``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by
least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train
(agree when positive); ``DIFFER_MIN_SCORE`` is the score from which a pair
shares a point (STS-B gold >= 2).  See docs/matching.md.
"""

SCORE = (
    -0.68460,  # intercept
    -4.81470,  # recall_low
    +3.04866,  # recall_high
    +2.79157,  # dice
    +2.55985,  # recall_f1
    -0.17915,  # bigram_dice
    +0.19540,  # trigram_dice
    +0.66435,  # char_ratio
    -0.70088,  # lcs
    +1.98974,  # unmatched_low
    -1.24061,  # unmatched_high
    +0.56732,  # weight_ratio
    -0.12106,  # unshared_numbers
    -0.44975,  # number_clash
    -0.50333,  # negation_clash
    -0.16434,  # name_clash
    -0.72587,  # partial_ratio
    +0.27380,  # gap_runs
    -0.22027,  # word_dice
    -0.35470,  # length
    +0.20136,  # stop_gap_low
    +0.31350,  # stop_gap_high
    +4.92388,  # related_low
    -1.49989,  # related_high
    -1.04831,  # related_unmatched_low
    +0.99533,  # related_unmatched_high
)

AGREE = (
    -2.87810,  # intercept
    +4.32813,  # recall_low
    -0.58025,  # recall_high
    -4.72372,  # dice
    -6.26502,  # recall_f1
    -1.24774,  # bigram_dice
    -0.54391,  # trigram_dice
    +7.27873,  # char_ratio
    +1.93404,  # lcs
    +1.16185,  # unmatched_low
    -1.49460,  # unmatched_high
    +2.19142,  # weight_ratio
    -0.16475,  # unshared_numbers
    -0.05335,  # number_clash
    -0.40997,  # negation_clash
    -0.19740,  # name_clash
    -6.35316,  # partial_ratio
    +1.02266,  # gap_runs
    +11.05299,  # word_dice
    -0.46481,  # length
    +0.30893,  # stop_gap_low
    -0.34497,  # stop_gap_high
    +1.30890,  # related_low
    +3.18730,  # related_high
    -0.67201,  # related_unmatched_low
    -0.26586,  # related_unmatched_high
)

DIFFER_MIN_SCORE = 36.12
