"""The self-test's OCR step reads a small Lao and English image, and says "skip" (not a failure) without Tesseract."""

from __future__ import annotations

import pytest

from eoffice_desktop.core.ocr.engine import tesseract_program
from eoffice_desktop.selftest import StepSkipped, _ocr


@pytest.mark.skipif(tesseract_program() is None, reason="Tesseract is not installed")
def test_the_self_test_reads_a_lao_image(qapp):
    assert "Lao and English read" in _ocr({})


def test_without_tesseract_the_step_is_skipped_with_the_reason(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("EOFFICE_TESSERACT", str(tmp_path / "none"))
    with pytest.raises(StepSkipped, match="not installed"):
        _ocr({})
