"""Fifteenth held-out regression gate: Harrowmere, an eighteenth fictional partnership, the clean test.

eval/holdout15/ (held-out set 16) holds twenty documents (sixteen web pages, two Word guides, two PDFs) and 580
questions (473 answerable, 76 out of scope, 31 urgent), written blind at the start of the eighteenth session
(2026-11-24): without reading how the product ranks or answers, without reading any other set's questions, and without
asking the product anything. Over half of its questions (442) carry no partnership. Harrowmere is a rural district in
the valley of the River Ambry, with the cathedral and market town of Sallowbridge, the Copperthwaite livestock market,
an army garrison (Catterlow Camp) whose families move every two or three years, a young offender institution (HMYOI
Ravensholt), two Gypsy and Traveller sites and a horse fair, farms where children work with stock and machinery, a
boarding school with pupils from overseas, a cathedral choir school and remote hamlets with no mobile signal and one
bus a week; a later practice update changes some of its pages' values (a new out-of-hours number, later front-door
closing, initial child protection conferences within 12 working days instead of 15, return conversations offered
within 48 hours instead of 72, a new exploitation team email address). Its neighbour, Quillby, has no documents, and
some out-of-scope questions ask about it. The corpus evaluated is the demo corpus plus Harrowmere. The tests are in
tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestHarrowmereHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout15"
    AREA = "harrowmere"
    MINIMUM = {"answerable": 425, "out_of_scope": 68, "urgent": 27}
    # Not yet measured: the lead developer sets the real floors after the arrival measurement. Until then only
    # urgent recall is held, and the false-alarm ceiling is open.
    FLOORS = {"urgent_recall": 1.0}
    FALSE_ALARM_CEILING = 1.0
