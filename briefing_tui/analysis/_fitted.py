"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.

``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by
least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train
(agree when positive); ``DIFFER_MIN_SCORE`` is the score from which a pair
shares a point (STS-B gold >= 2).  See docs/matching.md.
"""

SCORE = (
    -0.88107,  # intercept
    -0.44985,  # recall_low
    +1.89175,  # recall_high
    +1.56039,  # dice
    +3.41856,  # recall_f1
    -0.46256,  # bigram_dice
    +0.18216,  # trigram_dice
    +0.19213,  # char_ratio
    -0.91858,  # lcs
    +1.27725,  # unmatched_low
    -0.46042,  # unmatched_high
    +0.81170,  # weight_ratio
    -0.18286,  # unshared_numbers
    -0.47639,  # number_clash
    -0.35489,  # negation_clash
    -0.29929,  # name_clash
)

AGREE = (
    -5.34778,  # intercept
    +4.02231,  # recall_low
    +0.50260,  # recall_high
    +2.88048,  # dice
    -1.12449,  # recall_f1
    -2.30675,  # bigram_dice
    -2.01871,  # trigram_dice
    +3.64544,  # char_ratio
    +4.19694,  # lcs
    +0.53542,  # unmatched_low
    -1.38470,  # unmatched_high
    +1.99675,  # weight_ratio
    -0.21132,  # unshared_numbers
    +0.00159,  # number_clash
    -0.35925,  # negation_clash
    -0.10122,  # name_clash
)

DIFFER_MIN_SCORE = 35.73
