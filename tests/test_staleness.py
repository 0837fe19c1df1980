"""The evaluation's check for out-of-date contacts: a number a newer document calls old, quoted as current.

Real files, parsed as the product parses them.
"""

from __future__ import annotations

from pathlib import Path

from eval.staleness import retirements

CHAPTER = """# Allegations against staff: the LADO

Anyshire Safeguarding Children Partnership. Updated: 14 March 2026

## Contact

Ring the LADO on 01632 960150 or email lado@anyshire.example.org. The front door is on 01632 960100.
"""

UPDATE = """# Practice update

Anyshire Safeguarding Children Partnership. Published 10 November 2026

## New LADO number

The old number, 01632 960150, is no longer in use; the new LADO number is 01632 960151. Ring the front door on
01632 960100 as before.
"""


def _corpus(root: Path) -> Path:
    (root / "anyshire").mkdir(parents=True)
    (root / "anyshire" / "lado.md").write_text(CHAPTER)
    (root / "anyshire" / "update.md").write_text(UPDATE)
    return root


def test_a_number_a_newer_document_calls_old_is_stale_in_the_older_chapter(tmp_path: Path) -> None:
    found = retirements(_corpus(tmp_path / "docs"))
    chapter = str((tmp_path / "docs" / "anyshire" / "lado.md").resolve())
    update = str((tmp_path / "docs" / "anyshire" / "update.md").resolve())
    assert found.stale(chapter, "Anyshire", "Ring the LADO on 01632 960150 or email lado@anyshire.example.org.") \
        == {"01632960150"}
    # the new number, a number the update still gives, and the update's own word on the old one are not stale
    assert not found.stale(update, "Anyshire", "the new LADO number is 01632 960151.")
    assert not found.stale(chapter, "Anyshire", "The front door is on 01632 960100.")
    assert not found.stale(update, "Anyshire", "The old number, 01632 960150, is no longer in use")
    # another area's chapter giving the same digits is not made stale by Anyshire's update
    assert not found.stale(chapter, "Brackenford", "Ring the LADO on 01632 960150.")
    # beside the update that gives the new number, the chapter's old one misleads nobody
    assert not found.stale(chapter, "Anyshire", "Ring the LADO on 01632 960150.", frozenset({update}))
