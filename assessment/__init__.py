"""Assessment: combine the website findings with the reviewer's verdicts (the Keurmerkrapportage).

``inputs`` reads and checks the scan report, the review file and the norm data; ``template``
writes a review file to fill in; ``combine`` is the pure rule set that yields the ``Assessment``.
"""
from assessment.combine import assess, norm_status
from assessment.inputs import InputError, Inputs, load_inputs

__all__ = ["assess", "norm_status", "InputError", "Inputs", "load_inputs"]
