"""Ingestion: walk a corpus folder and decode every supported file into a ``Document``.

One bad file never stops the run: it is recorded as a ``SkippedFile`` with a reason
that names the problem. Parsers (pypdf, python-docx, BeautifulSoup) are imported
lazily so that importing this module stays cheap.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CorpusError
from .pdfcells import regroup_cells
from .types import Document

if TYPE_CHECKING:
    from .quarantine import Quarantine

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "ExtractLimits",
    "IngestResult",
    "SkippedFile",
    "UnreadableFileError",
    "check_zip",
    "decode_text",
    "load_corpus",
    "load_document",
    "make_doc_id",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ExtractLimits:
    """Bounds on the work one file may cause, whatever its size on disk (decompression bombs).

    A DOCX is a zip: its members are counted and their sizes summed from the zip directory
    before anything is inflated, then inflated in blocks with a running count that stops at
    the limit (a lying directory cannot get past it). XML parts are what python-docx parses
    into memory (roughly 20x their size), so they have their own, lower bound. A PDF is
    bounded by its page count and by the characters extracted so far (checked page by page).
    Every format's extracted text is bounded by ``max_text_chars``.
    """

    max_zip_members: int = 2_000
    max_unpacked_bytes: int = 256 * 1024 * 1024  # all members of a zip-based file, inflated
    max_xml_bytes: int = 64 * 1024 * 1024  # the XML parts among them (parsed into memory)
    max_pdf_pages: int = 2_000
    max_text_chars: int = 20_000_000


DEFAULT_LIMITS = ExtractLimits()

logger = logging.getLogger("cbec_rag.ingest")

_FMT = {".txt": "txt", ".md": "md", ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}
_HINTS = {".doc": " (save it as .docx)", ".wps": " (save it as .docx)"}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_ID_BAD_RE = re.compile(r"[^A-Za-z0-9_\-\u4e00-\u9fff]")
_SPACES_RE = re.compile(r"[^\S\n\t]+")  # whitespace runs other than newline/tab
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_JUNK_TITLES = {"untitled", "untitled document", "anonymous", "unknown", "none", "null", "title", "document"}
_FILENAME_TITLE_RE = re.compile(
    r"(^microsoft (word|powerpoint|excel) - )|(\.(docx?|pdf|rtf|txt|wps|html?)$)", re.I
)
_HTML_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HTML_DROP = ("script", "style", "noscript", "template", "nav", "footer", "header", "head", "svg", "iframe")
_HTML_BLOCK = frozenset(
    "address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure "
    "form h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary tbody thead tfoot tr td th ul".split()
)


class UnreadableFileError(CorpusError, ValueError):
    """One file could not be turned into text; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SkippedFile:
    source: str  # path relative to the corpus root, forward slashes
    reason: str  # human-readable cause


@dataclass
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    sample = text[:1_000_000]
    return bool(sample) and len(_CONTROL_RE.findall(sample)) / len(sample) > 0.05


def decode_text(data: bytes) -> str:
    """Decode file bytes to text: UTF-8 (BOM stripped), UTF-16/32 with BOM, else a detected
    encoding (GB18030/GBK/Big5/...). Only newlines are normalised to ``"\\n"``.

    Raises ``UnreadableFileError("binary file, not text")`` when the bytes are not text.
    """
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text = data.decode("utf-32", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise UnreadableFileError("binary file, not text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is None:
                raise UnreadableFileError("binary file, not text") from None
            text = str(best)
    if _looks_binary(text):
        raise UnreadableFileError("binary file, not text")
    return _normalise_newlines(text)


def make_doc_id(source: str) -> str:
    """Stable id from a corpus-relative path: suffix dropped, ``/`` -> ``__``, other odd chars -> ``_``."""
    parts = [p for p in source.replace("\\", "/").split("/") if p]
    if parts:
        stem, dot, _suffix = parts[-1].rpartition(".")
        if dot and stem:
            parts[-1] = stem
    return "__".join(_ID_BAD_RE.sub("_", p) for p in parts) or "doc"


def _clean_title(raw: Any) -> str:
    """A metadata title worth keeping, or "" (placeholders and file names are dropped)."""
    if not isinstance(raw, str):
        return ""
    title = " ".join(raw.split())
    if not title or len(title) > 200 or title.lower() in _JUNK_TITLES:
        return ""
    if _FILENAME_TITLE_RE.search(title) or not any(ch.isalnum() for ch in title):
        return ""
    return title


def _short(exc: BaseException) -> str:
    msg = (str(exc).strip().splitlines() or [""])[0] or type(exc).__name__
    return msg if len(msg) <= 120 else msg[:117] + "..."


def _too_much_text(limit: int) -> UnreadableFileError:
    return UnreadableFileError(
        f"too much text: more than {limit:,} characters extracted (split the document into smaller files)"
    )


def _load_pdf(data: bytes, limits: ExtractLimits = DEFAULT_LIMITS) -> tuple[str, str]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFileError("corrupt PDF: encrypted and needs a password")
        n_pages = len(reader.pages)
        if n_pages > limits.max_pdf_pages:
            raise UnreadableFileError(
                f"PDF has {n_pages:,} pages, more than the {limits.max_pdf_pages:,}-page limit "
                "(split it into smaller files)"
            )
        pages = list(reader.pages)
    except UnreadableFileError:
        raise
    except Exception as e:  # pypdf raises many types on damaged files
        raise UnreadableFileError(f"corrupt PDF: {_short(e)}") from e
    from pypdf.errors import LimitReachedError

    texts: list[str] = []
    total = 0
    for i, page in enumerate(pages):
        try:
            page_text = _normalise_newlines(page.extract_text() or "")
        except LimitReachedError as e:  # pypdf stopped inflating a stream at its output limit
            raise UnreadableFileError(
                f"PDF page {i + 1} unpacks past the decompression limit (a decompression bomb, "
                "or save the PDF again with smaller pages)"
            ) from e
        except Exception as e:  # keep the other pages; page count stays right
            logger.warning("PDF page %d: text extraction failed: %s", i + 1, _short(e))
            page_text = ""
        try:  # a drawn table comes out a cell a line: its rows are joined again (pdfcells.py)
            texts.append(regroup_cells(page_text))
        except Exception as e:  # the page's text as extracted, rather than none
            logger.warning("PDF page %d: table rows not regrouped: %s", i + 1, _short(e))
            texts.append(page_text)
        total += len(texts[-1]) + 1
        if total > limits.max_text_chars:  # stop early: no more pages are extracted
            raise _too_much_text(limits.max_text_chars)
    if not "".join(texts).strip():
        raise UnreadableFileError("PDF has no text layer (scanned?)")
    try:
        title = _clean_title(reader.metadata.title if reader.metadata else "")
    except Exception:
        title = ""
    return "\f".join(texts), title


def _format_bytes(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def check_zip(data: bytes, limits: ExtractLimits = DEFAULT_LIMITS, *, kind: str = "DOCX") -> None:
    """Refuse a zip-based file whose members would inflate past ``limits`` (a decompression bomb).

    First from the zip directory (member count, declared sizes: nothing is inflated), then by
    inflating every member in 1 MB blocks with a running count that stops at the limit, so a
    directory that lies about sizes is caught as early as one that tells the truth. Raises
    ``UnreadableFileError`` naming the limit; a file that is not a zip is left to the parser.
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip: the parser says "corrupt ..." in its own words
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_zip_members:
            raise UnreadableFileError(
                f"{kind} has {len(infos):,} parts, more than the {limits.max_zip_members:,} allowed "
                "(a decompression bomb or a damaged file: save it again from a word processor)"
            )

        def bomb(what: str, size: int, limit: int) -> UnreadableFileError:
            return UnreadableFileError(
                f"{kind} unpacks to {what} of at least {_format_bytes(size)}, more than the "
                f"{_format_bytes(limit)} limit (a decompression bomb, or split the document)"
            )

        def is_xml(info: zipfile.ZipInfo) -> bool:
            return info.filename.lower().endswith((".xml", ".rels"))

        declared = sum(i.file_size for i in infos)
        declared_xml = sum(i.file_size for i in infos if is_xml(i))
        if declared_xml > limits.max_xml_bytes:
            raise bomb("XML", declared_xml, limits.max_xml_bytes)
        if declared > limits.max_unpacked_bytes:
            raise bomb("contents", declared, limits.max_unpacked_bytes)
        total = total_xml = 0
        for info in infos:
            try:
                with archive.open(info) as member:
                    while block := member.read(1 << 20):
                        total += len(block)
                        if is_xml(info):
                            total_xml += len(block)
                        if total > limits.max_unpacked_bytes:
                            raise bomb("contents", total, limits.max_unpacked_bytes)
                        if total_xml > limits.max_xml_bytes:
                            raise bomb("XML", total_xml, limits.max_xml_bytes)
            except UnreadableFileError:
                raise
            except Exception as e:  # bad CRC, unsupported compression, encrypted member...
                raise UnreadableFileError(f"corrupt {kind}: {_short(e)}") from e


def _load_docx(data: bytes, limits: ExtractLimits = DEFAULT_LIMITS) -> tuple[str, str]:
    import docx
    from docx.table import Table

    def cell_text(text: str) -> str:
        return " ".join(text.split())

    check_zip(data, limits, kind="DOCX")
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                if lines and lines[-1]:
                    lines.append("")
                for row in block.rows:
                    cells: list[str] = []
                    prev: object = None
                    for cell in row.cells:
                        if cell._tc is not prev:  # a horizontal merge repeats the same cell
                            cells.append(cell_text(cell.text))
                        prev = cell._tc
                    if any(cells):
                        lines.append("\t".join(cells))
                lines.append("")
            else:
                text = _normalise_newlines(block.text)
                level = _docx_heading_level(block)
                # a styled heading keeps its level as a Markdown mark ("## 二、主要任务")
                lines.append(f"{'#' * level} {text.strip()}" if level and text.strip() else text)
        title = _clean_title(document.core_properties.title)
    except Exception as e:  # not a zip, missing parts, broken XML...
        raise UnreadableFileError(f"corrupt DOCX: {_short(e)}") from e
    return "\n".join(lines).strip("\n"), title


def _docx_heading_level(paragraph: Any) -> int:
    """1-6 for a paragraph styled "Heading N" / "Title" (0 otherwise)."""
    try:
        name = (paragraph.style.name or "") if paragraph.style is not None else ""
    except Exception:  # a style the package cannot resolve
        return 0
    if name == "Title":
        return 1
    m = re.fullmatch(r"(?:Heading|标题)\s*([1-6])", name.strip())
    return int(m.group(1)) if m else 0


class _LineBuilder:
    """Collects HTML text into lines: spaces collapsed, empty lines dropped, tables fenced by blanks."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def add(self, text: str) -> None:
        self.current.append(text)

    def newline(self) -> None:
        line = _SPACES_RE.sub(" ", "".join(self.current)).strip()
        self.current = []
        if line:
            self.lines.append(line)

    def blank(self) -> None:
        self.newline()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def text(self) -> str:
        self.newline()
        return "\n".join(self.lines).strip("\n")


def _html_walk(root: Any, out: _LineBuilder) -> None:
    """Emit the text under ``root`` in document order (iterative: deep nesting is fine)."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    close = object()  # marks the end of a block element
    stack: list[tuple[Any, bool]] = [(c, False) for c in reversed(list(root.children))]
    while stack:
        node, pre = stack.pop()
        if node is close:
            out.newline()
        elif isinstance(node, PreformattedString):  # comments, doctype, CDATA...
            continue
        elif isinstance(node, NavigableString):
            pieces = str(node).split("\n") if pre else [re.sub(r"\s+", " ", str(node))]
            for i, piece in enumerate(pieces):
                if i:
                    out.newline()
                out.add(piece)
        elif isinstance(node, Tag) and node.name == "br":
            out.newline()
        elif isinstance(node, Tag) and node.name == "table":
            out.blank()
            caption = node.find("caption")
            if caption is not None and caption.find_parent("table") is node:
                text = " ".join(caption.get_text(" ").split())
                if text:
                    out.lines.append(text)
            for tr in node.find_all("tr"):
                if tr.find_parent("table") is not node:
                    continue  # nested table: flattened into its cell's text
                cells = [
                    " ".join(c.get_text(" ").split()) for c in tr.find_all(["td", "th"], recursive=False)
                ]
                if any(cells):
                    out.lines.append("\t".join(cells))
            out.blank()
        elif isinstance(node, Tag) and node.name in _HTML_HEADINGS and not pre:
            out.newline()  # a heading keeps its level as a Markdown mark ("## 二、主要任务")
            text = " ".join(node.get_text(" ").split())
            if text:
                out.lines.append(f"{'#' * int(node.name[1])} {text}")
        elif isinstance(node, Tag):
            if node.name in _HTML_BLOCK:
                out.newline()
                stack.append((close, False))
            inner_pre = pre or node.name == "pre"
            stack.extend((c, inner_pre) for c in reversed(list(node.children)))


def _decode_html(data: bytes) -> str:
    match = _META_CHARSET_RE.search(data[:4096])
    if match and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = match.group(1).decode("ascii").lower()
        declared = "gb18030" if declared in ("gb2312", "gbk", "x-gbk") else declared
        try:
            return _normalise_newlines(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # wrong or unknown declaration: detect instead
    return decode_text(data)


def _load_html(data: bytes) -> tuple[str, str]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode_html(data), "lxml")
    title = _clean_title(soup.title.get_text(" ") if soup.title else "")
    if not title and (h1 := soup.find("h1")) is not None:
        title = _clean_title(h1.get_text(" "))
    for tag in soup.find_all(_HTML_DROP):
        if not tag.decomposed:
            tag.decompose()
    out = _LineBuilder()
    _html_walk(soup, out)
    return out.text(), title


def _source_of(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def load_document(path: Path, root: Path, *, limits: ExtractLimits | None = None) -> Document:
    """Read one file into a ``Document``; raises ``UnreadableFileError`` with a reason
    (also when the file would cause more work than ``limits`` allow; default ``DEFAULT_LIMITS``)."""
    path, root = Path(path), Path(root)
    limits = limits or DEFAULT_LIMITS
    source = _source_of(path, root)
    suffix = path.suffix.lower()
    fmt = _FMT.get(suffix)
    if fmt is None:
        raise UnreadableFileError(f"unsupported type {suffix or '(no suffix)'}{_HINTS.get(suffix, '')}")
    data = path.read_bytes()
    if not data:
        raise UnreadableFileError("empty file (0 bytes)")
    if fmt == "pdf":
        text, title = _load_pdf(data, limits)
    elif fmt == "docx":
        text, title = _load_docx(data, limits)
    elif fmt == "html":
        text, title = _load_html(data)
    else:
        text, title = decode_text(data), ""
    if not text.strip():
        raise UnreadableFileError(
            "only whitespace" if fmt in ("txt", "md") else f"no text in the {fmt.upper()}"
        )
    if len(text) > limits.max_text_chars:
        raise _too_much_text(limits.max_text_chars)
    return Document(doc_id=make_doc_id(source), source=source, title=title, text=text, fmt=fmt)


def _format_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"


def _iter_files(root: Path) -> list[tuple[str, Path]]:
    """All non-hidden files under root as (relative posix path, path), sorted by relative path."""
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                path = Path(dirpath) / name
                found.append((path.relative_to(root).as_posix(), path))
    return sorted(found)


def load_corpus(
    root: Path,
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    progress: Callable[[str], None] | None = None,
    on_skip: Callable[[SkippedFile], None] | None = None,
    limits: ExtractLimits | None = None,
    quarantine: Quarantine | None = None,
) -> IngestResult:
    """Load every supported file under ``root`` (recursively, sorted, hidden entries ignored).

    Raises ``CorpusError`` only when ``root`` itself is unusable; each unreadable file is
    recorded in ``IngestResult.skipped`` and reported once: to ``on_skip`` when given (the
    caller tells the user), else as a logged warning. With a ``quarantine`` (see
    :mod:`cbec_rag.quarantine`), files that failed before are skipped without being read until
    their bytes change, new failures are added to it, and a file that a previous run died while
    reading is quarantined.
    """
    root = Path(root)
    if not root.exists():
        raise CorpusError(f"corpus folder not found: {root} (pass --corpus DIR)")
    if not root.is_dir():
        raise CorpusError(f"corpus path is not a folder: {root} (pass --corpus DIR)")
    result = IngestResult()
    used_ids: set[str] = set()
    present: dict[str, str] = {}  # source -> sha256, for the quarantine

    def skip(source: str, reason: str) -> None:
        skipped = SkippedFile(source, reason)
        result.skipped.append(skipped)
        if on_skip is not None:
            on_skip(skipped)
        else:
            logger.warning("skipped %s: %s", source, reason)

    def failed(source: str, digest: str | None, reason: str) -> None:
        skip(source, reason)
        if quarantine is not None and digest is not None:
            quarantine.add(source, digest, reason)

    if quarantine is not None:
        quarantine.recover()
    for source, path in _iter_files(root):
        if progress is not None:
            progress(source)
        try:
            size = path.stat().st_size
        except OSError as e:
            skip(source, f"cannot read file: {e.strerror or e}")
            continue
        supported = path.suffix.lower() in _FMT
        if supported and size > max_file_bytes:
            limit = _format_size(max_file_bytes)
            skip(source, f"too large: {_format_size(size)} > {limit} limit (raise with --max-file-mb)")
            continue
        digest: str | None = None
        if quarantine is not None and supported:
            from .quarantine import bytes_sha256

            try:
                digest = present[source] = bytes_sha256(path)
            except OSError as e:
                skip(source, f"cannot read file: {e.strerror or e}")
                continue
            why = quarantine.reason(source, digest)
            if why is not None:
                skip(source, f"quarantined: {why}")
                continue
            quarantine.begin(source, digest)
        try:
            doc = load_document(path, root, limits=limits)
        except UnreadableFileError as e:
            failed(source, digest, e.reason)
            continue
        except OSError as e:
            skip(source, f"cannot read file: {e.strerror or e}")
            continue
        except Exception as e:  # one bad file must never stop the rest
            failed(source, digest, f"unreadable: {type(e).__name__}: {e}")
            continue
        finally:
            if digest is not None:
                quarantine.end()
        key = doc.doc_id.casefold()
        if key in used_ids:
            doc = replace(doc, doc_id=f"{doc.doc_id}_{hashlib.sha1(source.encode('utf-8')).hexdigest()[:8]}")
            key = doc.doc_id.casefold()
        used_ids.add(key)
        result.documents.append(doc)
    if quarantine is not None:
        quarantine.keep_only(present)
        quarantine.save()
    return result
