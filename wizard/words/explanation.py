"""An explanation: what a result means and what to do, and the source words it is made from."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.i18n import translated


@dataclass(frozen=True)
class Explanation:
    """What a result means and what to do about it, translated."""

    title: str  # short headline
    summary: str  # one to three sentences: what this means for calls
    steps: tuple[str, ...]  # what to do, in order


@dataclass(frozen=True)
class Words:
    """The untranslated source texts of one explanation."""

    title: str
    summary: str
    steps: tuple[str, ...] = ()


def explain(context: str, words: Words) -> Explanation:
    return Explanation(
        title=translated(context, words.title),
        summary=translated(context, words.summary),
        steps=tuple(translated(context, step) for step in words.steps),
    )
