"""A streamed answer: text deltas as they arrive, then the final validated Answer."""

from __future__ import annotations

from collections.abc import Generator as _Gen
from collections.abc import Iterator

from ..errors import GeneratorError
from ..types import Answer, Hit
from .base import Generator

# ----------------------------------------------------------------------------- streaming result


class AnswerStream(Iterator[str]):
    """Text deltas of an answer as they arrive, then the final validated :class:`Answer`.

    ::

        s = generator.stream(question, hits)
        for delta in s:          # raw model text, provisional
            send(delta)
        final = s.answer         # validated Answer (drains the stream if not done)

    ``answer.text`` is authoritative (renumbered markers; the fallback's text when
    ``answer.degraded``). :meth:`close` abandons the stream and its HTTP response.
    Errors: iteration raises :class:`GeneratorError` only when the generator has no
    fallback.
    """

    def __init__(self, gen: _Gen[str, None, Answer]) -> None:
        self._gen = gen
        self._answer: Answer | None = None
        self._closed = False

    @classmethod
    def from_answer(cls, answer: Answer) -> AnswerStream:
        """A stream of a ready answer: its text as one delta (for non-streaming generators)."""

        def gen() -> _Gen[str, None, Answer]:
            if answer.text:
                yield answer.text
            return answer

        return cls(gen())

    def __iter__(self) -> AnswerStream:
        return self

    def __next__(self) -> str:
        if self._answer is not None or self._closed:
            raise StopIteration
        try:
            return next(self._gen)
        except StopIteration as stop:
            self._answer = stop.value
            raise StopIteration from None

    @property
    def done(self) -> bool:
        return self._answer is not None

    @property
    def answer(self) -> Answer:
        """The final answer; consumes any deltas not yet read."""
        for _ in self:
            pass
        if self._answer is None:
            raise GeneratorError("the answer stream was closed before it finished")
        return self._answer

    def close(self) -> None:
        if self._answer is None:
            self._closed = True
            self._gen.close()


def stream_answer(generator: Generator, question: str, hits: list[Hit]) -> AnswerStream:
    """An :class:`AnswerStream` from any generator: its own ``stream()`` when it has one,
    else its whole answer as a single delta."""
    stream = getattr(generator, "stream", None)
    if callable(stream):
        return stream(question, hits)
    return AnswerStream.from_answer(generator.generate(question, hits))
