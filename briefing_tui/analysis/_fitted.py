"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.

``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by
least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train
(agree when positive); ``DIFFER_MIN_SCORE`` is the score from which a pair
shares a point (STS-B gold >= 2).  See docs/matching.md.
"""

SCORE = (
    -1.21120,  # intercept
    -1.23943,  # recall_low
    +1.98745,  # recall_high
    +2.10223,  # dice
    +3.71786,  # recall_f1
    -0.33486,  # bigram_dice
    +0.16198,  # trigram_dice
    +1.02583,  # char_ratio
    -0.72628,  # lcs
    +1.32579,  # unmatched_low
    -0.84254,  # unmatched_high
    +0.96507,  # weight_ratio
    -0.15934,  # unshared_numbers
    -0.46461,  # number_clash
    -0.42897,  # negation_clash
    -0.28694,  # name_clash
    -0.77970,  # partial_ratio
    +0.19141,  # gap_runs
    -0.85122,  # word_dice
    +0.23470,  # length
)

AGREE = (
    -2.77049,  # intercept
    +2.68571,  # recall_low
    +0.95386,  # recall_high
    -3.05835,  # dice
    -1.89254,  # recall_f1
    -1.30002,  # bigram_dice
    -0.64823,  # trigram_dice
    +6.80448,  # char_ratio
    +2.75189,  # lcs
    +0.56394,  # unmatched_low
    -1.82392,  # unmatched_high
    +2.29896,  # weight_ratio
    -0.25326,  # unshared_numbers
    -0.03198,  # number_clash
    -0.47085,  # negation_clash
    -0.26306,  # name_clash
    -6.21545,  # partial_ratio
    +1.07966,  # gap_runs
    +8.67781,  # word_dice
    -0.41853,  # length
)

DIFFER_MIN_SCORE = 34.64
