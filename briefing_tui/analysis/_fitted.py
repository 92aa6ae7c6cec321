"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.

``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by
least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train
(agree when positive); ``DIFFER_MIN_SCORE`` is the score from which a pair
shares a point (STS-B gold >= 2).  See docs/matching.md.
"""

SCORE = (
    -0.99568,  # intercept
    +0.40294,  # recall_low
    +1.93273,  # recall_high
    +2.66814,  # dice
    +2.01277,  # recall_f1
    -0.44133,  # bigram_dice
    +0.15728,  # trigram_dice
    +1.16241,  # char_ratio
    -0.88198,  # lcs
    +1.05787,  # unmatched_low
    -0.28119,  # unmatched_high
    +0.57413,  # weight_ratio
    -0.17742,  # unshared_numbers
    -0.44553,  # number_clash
    -0.51865,  # negation_clash
    -0.25762,  # name_clash
    -0.60554,  # partial_ratio
    +0.22835,  # gap_runs
    -0.17639,  # word_dice
    -0.30073,  # length
    +0.19006,  # stop_gap_low
    +0.29581,  # stop_gap_high
)

AGREE = (
    -2.69616,  # intercept
    +5.34178,  # recall_low
    +1.70129,  # recall_high
    -5.48311,  # dice
    -5.29475,  # recall_f1
    -1.23548,  # bigram_dice
    -0.61116,  # trigram_dice
    +7.51027,  # char_ratio
    +1.89629,  # lcs
    +0.46976,  # unmatched_low
    -1.76224,  # unmatched_high
    +2.36464,  # weight_ratio
    -0.28039,  # unshared_numbers
    -0.04627,  # number_clash
    -0.48956,  # negation_clash
    -0.27436,  # name_clash
    -6.52397,  # partial_ratio
    +1.08233,  # gap_runs
    +11.46234,  # word_dice
    -0.33924,  # length
    +0.30429,  # stop_gap_low
    -0.41156,  # stop_gap_high
)

DIFFER_MIN_SCORE = 36.83
