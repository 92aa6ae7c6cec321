"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.

``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by
least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train
(agree when positive); ``DIFFER_MIN_SCORE`` is the score from which a pair
shares a point (STS-B gold >= 2).  See docs/matching.md.
"""

SCORE = (
    -0.70961,  # intercept
    -5.00883,  # recall_low
    +2.92135,  # recall_high
    +2.41528,  # dice
    +2.80042,  # recall_f1
    -0.19249,  # bigram_dice
    +0.19406,  # trigram_dice
    +0.75650,  # char_ratio
    -0.80039,  # lcs
    +1.95855,  # unmatched_low
    -1.34558,  # unmatched_high
    +0.59051,  # weight_ratio
    -0.10622,  # unshared_numbers
    -0.45959,  # number_clash
    -0.49088,  # negation_clash
    -0.17887,  # name_clash
    -0.58999,  # partial_ratio
    +0.30011,  # gap_runs
    +0.03071,  # word_dice
    -0.27831,  # length
    +0.17671,  # stop_gap_low
    +0.28480,  # stop_gap_high
    +4.86594,  # related_low
    -1.51669,  # related_high
    -1.05183,  # related_unmatched_low
    +1.00585,  # related_unmatched_high
    -0.58522,  # opposites
)

AGREE = (
    -2.89276,  # intercept
    +4.31426,  # recall_low
    -0.55308,  # recall_high
    -4.81349,  # dice
    -6.27806,  # recall_f1
    -1.22919,  # bigram_dice
    -0.54858,  # trigram_dice
    +7.34790,  # char_ratio
    +1.86708,  # lcs
    +1.17914,  # unmatched_low
    -1.52041,  # unmatched_high
    +2.15398,  # weight_ratio
    -0.15931,  # unshared_numbers
    -0.03531,  # number_clash
    -0.41213,  # negation_clash
    -0.20997,  # name_clash
    -6.36354,  # partial_ratio
    +1.03181,  # gap_runs
    +11.06705,  # word_dice
    -0.44670,  # length
    +0.29950,  # stop_gap_low
    -0.36149,  # stop_gap_high
    +1.27518,  # related_low
    +3.24143,  # related_high
    -0.67754,  # related_unmatched_low
    -0.25244,  # related_unmatched_high
    -0.97399,  # opposites
)

DIFFER_MIN_SCORE = 37.50
