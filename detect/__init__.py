"""Layoff detection and extraction for English and Chinese news items.

    from detect import Detector, CompanyDirectory
    detector = Detector(CompanyDirectory.bundled().extended([("Acme", ["ACME Corp"])]))
    detection = detector.analyse("Acme lays off 200 workers")   # models.Detection

Modules: numbers (headcounts and percentages), companies (directory and
alias matching), cues (layoff cues, euphemisms, traps, status), hanzi (text
normalisation), detector (the decision and its reasons).
"""

from detect.companies import CompanyDirectory, CompanyMatch
from detect.detector import Detector

__all__ = ["CompanyDirectory", "CompanyMatch", "Detector"]
