"""The claim-vs-article relation model: the official FNC-1 score, the shipped model file
(plain arrays, no pickle), real predictions, and ``eval stance --data DIR`` reading a folder
in the competition-test layout."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from conftest import shared
from newsprism.compare.stance import LABELS, StanceModel, features, load_model, split_sentences
from newsprism.evaluate.stance import fnc_score, read_fnc, run, validation_bodies

BODY = (
    "Officials in Lima said on Monday that a magnitude 7.1 earthquake struck northern Peru. "
    "At least 26 people were killed and dozens injured, the emergency agency said. "
    "Rescue teams searched collapsed homes in Jaen through the night."
)


def test_fnc_score_follows_the_official_weights() -> None:
    assert fnc_score(["agree", "unrelated"], ["agree", "unrelated"]) == 100.0
    # related but wrong stance: 0.25 of 1.0; unrelated right: 0.25 of 0.25
    assert fnc_score(["agree", "unrelated"], ["discuss", "unrelated"]) == pytest.approx(40.0)
    assert fnc_score(["disagree"], ["unrelated"]) == 0.0


def test_shipped_model_loads_without_pickle_and_round_trips(tmp_path: Path) -> None:
    model = load_model()
    assert model is not None and model.labels == LABELS
    path = tmp_path / "m.npz"
    model.save(path)
    again = StanceModel.load(path)
    row = np.random.default_rng(0).normal(size=(3, len(model.mean))).astype(np.float32)
    assert np.allclose(model.probabilities(row), again.probabilities(row))
    assert np.allclose(model.probabilities(row).sum(axis=1), 1.0)


def test_the_model_averages_its_members_and_reads_the_single_network_format(
    tmp_path: Path,
) -> None:
    model = load_model()
    assert model is not None and len(model.members) == 5
    row = np.random.default_rng(1).normal(size=(4, len(model.mean))).astype(np.float32)
    x = (row - model.mean) / model.scale
    each = [member.probabilities(x) for member in model.members]
    assert np.allclose(model.probabilities(row), np.mean(each, axis=0))
    # the members differ (different seeds), so averaging is not a no-op
    assert not np.allclose(each[0], each[1])
    # a file written before ensembles: one network under plain w0, b0, ... keys
    first = model.members[0]
    arrays = {"mean": model.mean, "scale": model.scale, "labels": np.array(model.labels)}
    for i, (w, b) in enumerate(zip(first.weights, first.biases, strict=True)):
        arrays[f"w{i}"], arrays[f"b{i}"] = w, b
    path = tmp_path / "single.npz"
    np.savez(path, **arrays)  # type: ignore[arg-type]
    single = StanceModel.load(path)
    assert len(single.members) == 1
    assert np.allclose(single.probabilities(row), each[0])


def test_real_predictions_separate_related_from_unrelated() -> None:
    from newsprism.understand.embeddings import load_embedder

    embedder = load_embedder()
    model = load_model()
    assert model is not None
    sentences = split_sentences(BODY)
    assert len(sentences) == 3
    matrix = embedder.encode(sentences)
    related = "Earthquake in northern Peru kills at least 26"
    unrelated = "Apple unveils a new streaming subscription for music fans"
    rows = np.stack(
        [
            features(related, embedder.encode([related])[0], BODY, matrix),
            features(unrelated, embedder.encode([unrelated])[0], BODY, matrix),
        ]
    )
    predicted = model.predict(rows)
    assert predicted[0] != "unrelated" and predicted[1] == "unrelated"


def test_eval_stance_reads_the_competition_layout(tmp_path: Path) -> None:
    """A folder shaped like the owner's held-out test (here: 40 validation pairs)."""
    bodies, pairs = read_fnc(shared("fnc1"), "train")
    held = validation_bodies(list(bodies))
    chosen = [p for p in pairs if p[1] in held][:40]
    with (tmp_path / "competition_test_bodies.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Body ID", "articleBody"])
        for body_id in sorted({p[1] for p in chosen}):
            writer.writerow([body_id, bodies[body_id]])
    with (tmp_path / "competition_test_stances.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Headline", "Body ID", "Stance"])
        writer.writerows(chosen)
    result = run(tmp_path)
    assert result["pairs"] == 40 and "competition test" in result["data"]
    assert 0.0 <= result["fnc_score"] <= 100.0 and result["published"]["UCL Machine Reading"]
