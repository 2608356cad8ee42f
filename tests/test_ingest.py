"""ingest: paths, folders, stdin, encodings, HTML, PDF, --meta, datelines, big files."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import tracemalloc
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tradecheck.document import Document
from tradecheck.errors import InputError, UsageError
from tradecheck.ingest import (
    Problem,
    bundled_seeds,
    find_agency,
    find_dateline,
    is_candidate,
    read_documents,
)

ARTICLE = "Bilateral trade reached US$52.6 million in 2024, up 7.3% year on year.\n"
OTHER = "Azerbaijan's exports to Vietnam rose to $3.1 million in the first quarter.\n"
RUSSIAN = (
    "Товарооборот между Россией и Вьетнамом в 2024 году составил 5 млрд долларов, "
    "сообщили в министерстве экономического развития.\n"
)
WESTERN = "Café owners said the “deal” was worth €5 million — a record for the région.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 20


def read(paths: list[str], **kwargs: object) -> tuple[list[Document], list[Problem]]:
    problems: list[Problem] = []
    docs = list(read_documents(paths, on_problem=problems.append, **kwargs))
    return docs, problems


def write(path: Path, content: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


# --------------------------------------------------------------------------- bad-input matrix


@dataclass
class Case:
    """Files to make in tmp_path; what read_documents should yield and report."""

    files: dict[str, bytes | str]
    paths: list[str]  # relative to tmp_path; "-" stays "-"
    docs: list[str]
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path ends with, reason contains)
    texts: dict[str, str] = field(default_factory=dict)  # doc name -> expected text


CASES: dict[str, Case] = {
    "missing path": Case({}, ["nope.txt"], [], [("nope.txt", "no such file")]),
    "empty folder": Case({"empty/.keep": ""}, ["empty"], [], [("empty", "no files with .txt")]),
    "folder of images only": Case({"imgs/a.png": PNG}, ["imgs"], [], [("imgs", "no files")]),
    "empty file": Case({"empty.txt": b""}, ["empty.txt"], [], [("empty.txt", "empty file")]),
    "whitespace-only file": Case(
        {"blank.txt": " \n\t\n"}, ["blank.txt"], [], [("blank.txt", "only whitespace")]
    ),
    "BOM-only file": Case({"bom.txt": codecs.BOM_UTF8}, ["bom.txt"], [], [("bom.txt", "empty file")]),
    "PNG named .txt among articles": Case(
        {"arts/a.txt": ARTICLE, "arts/photo.txt": PNG, "arts/b.txt": OTHER},
        ["arts"],
        ["a.txt", "b.txt"],
        [("photo.txt", "binary file (looks like PNG image)")],
    ),
    "zip and png in a folder are skipped quietly": Case(
        {"arts/a.txt": ARTICLE, "arts/bundle.zip": ZIP, "arts/pic.png": PNG},
        ["arts"],
        ["a.txt"],
    ),
    "zip named explicitly": Case(
        {"bundle.zip": ZIP}, ["bundle.zip"], [], [("bundle.zip", "looks like zip archive")]
    ),
    "NUL bytes": Case(
        {"x.txt": b"Trade \x00\x01\x02 data"}, ["x.txt"], [], [("x.txt", "contains NUL bytes")]
    ),
    "undecodable bytes": Case(
        {"junk.txt": bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40},
        ["junk.txt"],
        [],
        [("junk.txt", "cannot decode text (tried utf-8")],
    ),
    "cp1252": Case({"w.txt": WESTERN.encode("cp1252")}, ["w.txt"], ["w.txt"], texts={"w.txt": WESTERN}),
    "cp1251 Russian": Case(
        {"r.txt": RUSSIAN.encode("cp1251")}, ["r.txt"], ["r.txt"], texts={"r.txt": RUSSIAN}
    ),
    "KOI8-R Russian": Case(
        {"k.txt": RUSSIAN.encode("koi8-r")}, ["k.txt"], ["k.txt"], texts={"k.txt": RUSSIAN}
    ),
    "UTF-16 LE BOM": Case(
        {"u.txt": codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le")},
        ["u.txt"],
        ["u.txt"],
        texts={"u.txt": RUSSIAN},
    ),
    "UTF-16 BE BOM": Case(
        {"u.txt": codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be")},
        ["u.txt"],
        ["u.txt"],
        texts={"u.txt": WESTERN},
    ),
    "UTF-16 LE without BOM": Case(
        {"u.txt": ARTICLE.encode("utf-16-le")}, ["u.txt"], ["u.txt"], texts={"u.txt": ARTICLE}
    ),
    "UTF-8 BOM dropped": Case(
        {"b.txt": codecs.BOM_UTF8 + WESTERN.encode()}, ["b.txt"], ["b.txt"], texts={"b.txt": WESTERN}
    ),
    "valid UTF-8 and cp1252: UTF-8 wins": Case(
        {"two.txt": "Café Việt".encode()}, ["two.txt"], ["two.txt"], texts={"two.txt": "Café Việt"}
    ),
    "decomposed Việt Nam -> NFC": Case(
        {"nfd.txt": unicodedata.normalize("NFD", "Việt Nam exports")},
        ["nfd.txt"],
        ["nfd.txt"],
        texts={"nfd.txt": "Vi\u1ec7t Nam exports"},
    ),
    "same file twice": Case({"a.txt": ARTICLE}, ["a.txt", "a.txt"], ["a.txt"]),
    "same bytes in two files: first name wins": Case(
        {"b.txt": ARTICLE, "a.txt": ARTICLE}, ["b.txt", "a.txt"], ["b.txt"]
    ),
    "file inside a folder given too": Case(
        {"arts/a.txt": ARTICLE, "arts/b.txt": OTHER}, ["arts/b.txt", "arts"], ["b.txt", "a.txt"]
    ),
    "folder: recursive, sorted, posix names": Case(
        {
            "arts/z.txt": ARTICLE,
            "arts/sub/b.md": OTHER,
            "arts/a.html.txt": "x y z",
            "arts/sub/deep/c.text": "c c",
        },
        ["arts"],
        ["a.html.txt", "sub/b.md", "sub/deep/c.text", "z.txt"],
    ),
    "hidden files and folders are skipped": Case(
        {"arts/a.txt": ARTICLE, "arts/.hidden.txt": OTHER, "arts/.git/x.txt": "git"}, ["arts"], ["a.txt"]
    ),
    "order of paths as given": Case(
        {"b.txt": OTHER, "a.txt": ARTICLE}, ["b.txt", "a.txt"], ["b.txt", "a.txt"]
    ),
    "explicit file with another suffix is read": Case(
        {"notes.csv": "a,b\n1,2\n"}, ["notes.csv"], ["notes.csv"], texts={"notes.csv": "a,b\n1,2\n"}
    ),
    "a missing path does not stop the others": Case(
        {"a.txt": ARTICLE}, ["gone.txt", "a.txt"], ["a.txt"], [("gone.txt", "no such file")]
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_matrix(case: Case, tmp_path: Path) -> None:
    for name, content in case.files.items():
        write(tmp_path / name, content)
    paths = [p if p == "-" else str(tmp_path / p) for p in case.paths]
    docs, problems = read(paths)
    assert [d.name for d in docs] == case.docs
    assert len(problems) == len(case.problems), problems
    for problem, (path_end, reason) in zip(problems, case.problems, strict=True):
        assert problem.path.endswith(path_end)
        assert reason in problem.reason
    for name, text in case.texts.items():
        (doc,) = [d for d in docs if d.name == name]
        assert doc.text == text
        assert doc.offset == 0


LEGACY = [
    pytest.param("Trade reached €5 million in 2024 – a “record”.", "cp1252", id="cp1252 short"),
    pytest.param("Der Außenhandel mit Österreich wuchs um 5 %.", "latin-1", id="latin-1 German"),
    pytest.param("Товарооборот составил 5 млрд долларов.", "cp1251", id="cp1251 short"),
    pytest.param(
        "Na rynku może być trudniej, według ministra; eksport wzrósł.", "cp1250", id="cp1250 Polish"
    ),
    pytest.param("Türkiye'nin ihracatı ağustosta 5 milyar doları aştı.", "cp1254", id="cp1254 Turkish"),
    pytest.param("Οι εξαγωγές της Ελλάδας προς τη Ρωσία αυξήθηκαν κατά 5%.", "cp1253", id="cp1253 Greek"),
    pytest.param("中国与越南的双边贸易额在2024年达到2600亿美元，同比增长19%。", "gb18030", id="GB18030"),
    pytest.param("日本の輸出は2024年に5%増加し、過去最高を記録した。", "shift_jis", id="Shift-JIS"),
    pytest.param("한국과 베트남의 교역액은 2024년 860억 달러를 기록했다.", "euc_kr", id="EUC-KR"),
    pytest.param(
        "Eksport av laks til Kina økte med 5 prosent, sier Sjømatrådet.", "cp1252", id="cp1252 Norwegian"
    ),
    pytest.param("Ile może kosztować?", "cp1250", id="cp1250 short Polish"),
    pytest.param("Ισραήλ", "cp1253", id="cp1253 one Greek word"),
    pytest.param("التجارة بين البلدين", "cp1256", id="cp1256 Arabic"),
    # Known limits: Central European text that is also valid cp1252 reads as cp1252,
    # Hebrew in cp1255 as Cyrillic (both decode to letters of one script).
    pytest.param(
        "שלום עולם",
        "cp1255",
        id="cp1255 Hebrew",
        marks=pytest.mark.xfail(strict=True, reason="read as cp1251"),
    ),
    pytest.param(
        "Vývoz do České republiky vzrostl o 5 procent, řekl ministr.",
        "cp1250",
        id="cp1250 Czech",
        marks=pytest.mark.xfail(strict=True, reason="cp1250 and cp1252 both plausible; cp1252 preferred"),
    ),
    pytest.param(
        "A magyar export 5 százalékkal nőtt, közölte a hivatal.",
        "cp1250",
        id="cp1250 Hungarian",
        marks=pytest.mark.xfail(strict=True, reason="cp1250 and cp1252 both plausible; cp1252 preferred"),
    ),
]


@pytest.mark.parametrize(("text", "encoding"), LEGACY)
def test_legacy_encodings(text: str, encoding: str, tmp_path: Path) -> None:
    path = write(tmp_path / "legacy.txt", text.encode(encoding))
    docs, problems = read([path])
    assert problems == []
    assert docs[0].text == text


def test_non_ascii_late_in_a_file(tmp_path: Path) -> None:
    # The detector must look where the non-ASCII bytes are, not only at the start.
    text = ARTICLE * 2000 + RUSSIAN
    path = write(tmp_path / "late.txt", text.encode("cp1251"))
    docs, _ = read([path])
    assert docs[0].text == text


def test_problem_str() -> None:
    assert str(Problem("a.txt", "empty file")) == "a.txt: empty file"


def test_glob_selects_files_in_folders_only(tmp_path: Path) -> None:
    write(tmp_path / "arts" / "a.txt", ARTICLE)
    write(tmp_path / "arts" / "b.md", OTHER)
    write(tmp_path / "arts" / "c.dat", "data file with text")
    write(tmp_path / "single.md", OTHER + "more")
    docs, problems = read([str(tmp_path / "arts"), str(tmp_path / "single.md")], glob="*.dat")
    assert [d.name for d in docs] == ["c.dat", "single.md"]
    assert problems == []
    docs, problems = read([str(tmp_path / "arts")], glob="*.nothing")
    assert docs == []
    assert "matching *.nothing" in problems[0].reason


@pytest.mark.parametrize(
    ("relative", "glob", "expected"),
    [
        ("a.txt", None, True),
        ("sub/a.HTML", None, True),
        ("a.csv", None, False),
        (".hidden.txt", None, False),
        ("sub/.git/a.txt", None, False),
        ("sub/a.csv", "*.csv", True),
        ("2024/a.md", "2024/*.md", True),
        ("2025/a.md", "2024/*.md", False),
        ("a/b/c.txt", "a/**", True),
    ],
    ids=lambda v: str(v),
)
def test_is_candidate(relative: str, glob: str | None, expected: bool) -> None:
    assert is_candidate(relative, glob) is expected


def test_bundled_seeds_are_read_when_no_paths() -> None:
    seeds = bundled_seeds()
    assert seeds.is_dir()
    expected = sorted(p.name for p in seeds.glob("*.txt"))
    assert expected, "the seed corpus is empty"
    docs, problems = read([])
    assert problems == []
    assert [d.name for d in docs] == expected


def test_max_part_chars_must_be_positive() -> None:
    with pytest.raises(UsageError):
        read_documents(["x"], max_part_chars=0)


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("data", "text", "title"),
    [
        (ARTICLE.encode(), ARTICLE, ""),
        (WESTERN.encode("cp1252"), WESTERN, ""),
        (
            b"<!DOCTYPE html><html><head><title>Page</title></head><body><article><p>"
            + ARTICLE.strip().encode()
            + b"</p></article></body></html>",
            ARTICLE.strip(),
            "Page",
        ),
    ],
    ids=["utf-8 text", "cp1252 text", "html sniffed"],
)
def test_stdin(data: bytes, text: str, title: str) -> None:
    docs, problems = read(["-", "-"], stdin=io.BytesIO(data))
    assert problems == []
    assert [d.name for d in docs] == ["-"]
    assert text in docs[0].text
    assert docs[0].title == title


def test_stdin_empty() -> None:
    docs, problems = read(["-"], stdin=io.BytesIO(b""))
    assert docs == []
    assert problems == [Problem("-", "empty file")]


# --------------------------------------------------------------------------- big files


def _parts_ok(docs: list[Document], whole: str, limit: int) -> None:
    assert len({d.name for d in docs}) == 1
    assert "".join(d.text for d in docs) == whole
    offset = 0
    for doc in docs:
        assert doc.offset == offset
        assert whole[doc.offset : doc.offset + len(doc.text)] == doc.text
        assert len(doc.text) <= limit
        offset += len(doc.text)


def test_ten_megabyte_file_without_newline(tmp_path: Path) -> None:
    words = "trade reached $52.6 million in 2024 "
    whole = (words * (10_000_000 // len(words) + 1))[:10_000_000]
    path = write(tmp_path / "big.txt", whole)
    docs, problems = read([path])
    assert problems == []
    assert len(docs) >= 5  # the default part size is 2 million characters, cut at whitespace
    _parts_ok(docs, whole, 2_000_000)
    assert docs[0].text.endswith(" ")  # cut at whitespace, not inside a word


SPLITS: dict[str, tuple[str, int]] = {
    # (lines that end sentences: lowercase run-on lines would read as hard-wrapped and be joined)
    "lines": ("Line one.\nLine two.\nLine three.\n" * 50, 40),
    "one long line with spaces": ("word " * 300, 64),
    "no whitespace: hard cut": ("x" * 1000, 64),
    "decomposed accents, no whitespace": ("Vie\u0323\u0302t" * 200, 50),
    "CRLF lines": ("A.\r\nBb.\r\nCcc.\r\n" * 40, 16),
    "CJK without spaces": ("中国与越南的双边贸易额" * 100, 30),
    "Hangul jamo L+V+T, no cut before T": ("\u1100\u1161\u11a8" * 100, 11),
}


@pytest.mark.parametrize(("text", "limit"), SPLITS.values(), ids=SPLITS.keys())
def test_parts_reassemble(text: str, limit: int, tmp_path: Path) -> None:
    path = write(tmp_path / "t.txt", text)
    docs, problems = read([path], max_part_chars=limit)
    assert problems == []
    assert len(docs) > 1
    _parts_ok(docs, unicodedata.normalize("NFC", text), limit)


def test_parts_cut_at_line_breaks(tmp_path: Path) -> None:
    path = write(tmp_path / "t.txt", "Line one.\nLine two.\nLine three.\n" * 50)
    docs, _ = read([path], max_part_chars=40)
    assert all(d.text.endswith("\n") for d in docs)


def test_big_legacy_file_streams(tmp_path: Path) -> None:
    # Bigger than what is kept in memory between the passes: the decode pass re-reads it.
    whole = RUSSIAN * (9_500_000 // len(RUSSIAN.encode("cp1251")) + 1)
    path = write(tmp_path / "ru.txt", whole.encode("cp1251"))
    docs, problems = read([path], max_part_chars=3_000_000)
    assert problems == []
    _parts_ok(docs, whole, 3_000_000)


def test_memory_stays_bounded(tmp_path: Path) -> None:
    line = ("Vietnam's exports to Azerbaijan reached US$52.6 million in 2024. " * 3) + "\n"
    path = tmp_path / "big.txt"
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(30_000_000 // len(line)):
            fh.write(line)
    tracemalloc.start()
    try:
        total = 0
        for doc in read_documents([str(path)], max_part_chars=1_000_000):
            total += len(doc.text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == path.stat().st_size
    assert peak < 15_000_000, f"peak {peak / 1e6:.1f} MB for a 30 MB file"


# --------------------------------------------------------------------------- HTML

ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Vietnam-Azerbaijan trade | Example News</title>
<meta charset="utf-8">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-21T14:14:00+07:00">
<link rel="canonical" href="https://news.example.com/trade/vn-az">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<script>var tracking = "SCRIPT TEXT";</script>
<article><h1>Vietnam-Azerbaijan trade</h1>
<p>Bilateral trade between Việt Nam and Azerbaijan reached US$52.6 million in 2024, up 7.3% year on
year, according to Vietnam Customs.</p>
<p>Officials said they aim to lift the figure to US$100 million by 2027, with new cooperation in
energy, agriculture and tourism.</p>
<p>The two sides signed a memorandum of understanding on Wednesday in Baku, following talks.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def test_html_with_trafilatura(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", ARTICLE_HTML)
    docs, problems = read([path])
    assert problems == []
    (doc,) = docs
    assert doc.name == "page.html"
    assert "reached US$52.6 million in 2024" in doc.text
    assert "Việt Nam" in doc.text
    assert "SCRIPT TEXT" not in doc.text
    assert doc.title == "Vietnam-Azerbaijan trade"
    assert doc.date == dt.date(2024, 5, 21)
    assert doc.publisher == "Example News"
    assert doc.url == "https://news.example.com/trade/vn-az"


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1251"').replace("Việt Nam", "Россия")
    path = write(tmp_path / "page.htm", html.encode("cp1251"))
    docs, problems = read([path])
    assert problems == []
    assert "Россия and Azerbaijan" in docs[0].text


def test_html_labelled_latin1_is_read_as_cp1252(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="ISO-8859-1"').replace("Việt Nam", "“Vietnam”")
    path = write(tmp_path / "page.html", html.encode("cp1252"))
    docs, problems = read([path])
    assert problems == []
    assert "between “Vietnam” and Azerbaijan" in docs[0].text


def test_html_fallback_when_trafilatura_finds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    html = (
        "<html><head><title>Fallback page</title><style>p {color: red}</style></head>"
        "<body><p>Trade hit $5 bn &amp; more.</p><script>alert('x')</script>"
        "<div>Second block</div></body></html>"
    )
    path = write(tmp_path / "page.html", html)
    docs, problems = read([path])
    assert problems == []
    assert docs[0].text == "Trade hit $5 bn & more.\nSecond block"
    assert docs[0].title == "Fallback page"


def test_html_without_text(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", "<html><body><script>x()</script></body></html>")
    docs, problems = read([path])
    assert docs == []
    assert problems[0].reason == "no text found"


# --------------------------------------------------------------------------- PDF


def make_pdf(pages: list[str], title: str = "") -> bytes:
    """A minimal PDF with one line of Helvetica text per page, built by hand."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (" ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages))).encode(), len(pages)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, text in enumerate(pages):
        content = f"BT /F1 12 Tf 72 720 Td ({escape(text)}) Tj ET".encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    info = len(objects) + 1
    objects.append(f"<< /Title ({escape(title)}) >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        info,
        xref,
    )
    return bytes(out)


def test_pdf_pages_joined_by_blank_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "report.pdf",
        make_pdf(["Trade reached $52.6 million in 2024.", "Exports (goods) rose 7%."], title="Report"),
    )
    docs, problems = read([path])
    assert problems == []
    assert docs[0].text == "Trade reached $52.6 million in 2024.\n\nExports (goods) rose 7%."
    assert docs[0].title == "Report"


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_encrypted_pdf, "encrypted PDF"),
        (_blank_pdf, "no text in PDF"),
        (lambda: b"%PDF-1.4\nthis is not really a pdf", "unreadable PDF"),
        (lambda: ARTICLE.encode(), "unreadable PDF"),
    ],
    ids=["encrypted", "blank page", "truncated", "text named .pdf"],
)
def test_pdf_problems(make: Callable[[], bytes], reason: str, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.pdf", make())
    docs, problems = read([path])
    assert docs == []
    assert len(problems) == 1
    assert problems[0].reason.startswith(reason)


def test_pdf_sniffed_from_content(tmp_path: Path) -> None:
    path = write(tmp_path / "download", make_pdf(["Imports fell to $1 billion."]))
    docs, _ = read([path])
    assert docs[0].text == "Imports fell to $1 billion."


# --------------------------------------------------------------------------- --meta


def test_meta_sets_and_overrides_metadata(tmp_path: Path) -> None:
    write(tmp_path / "arts" / "page.html", ARTICLE_HTML)
    write(tmp_path / "arts" / "sub" / "a.txt", "Published 2023-01-02. " + ARTICLE)
    write(tmp_path / "arts" / "b.txt", OTHER)
    write(tmp_path / "arts" / "sub" / "c.txt", RUSSIAN)
    meta = write(
        tmp_path / "meta.csv",
        "doc,date,publisher,url,title\r\n"
        ".\\sub\\c.txt,2021-01-01,,,\r\n"
        "page.html,2025-03-07,Override Press,,\r\n"
        "sub/a.txt,2024-12-31,VNA,https://x.example/a,A title\r\n"
        "elsewhere/b.txt,2022-02-02T10:00:00,,,\r\n"
        "unknown.txt,not a date,Nobody,,\r\n",
    )
    docs, problems = read([str(tmp_path / "arts")], meta=meta)
    # the row for a document that was never read is reported once, nothing is skipped
    assert [(p.reason, p.skipped) for p in problems] == [
        ("1 row(s) name documents that were not read: unknown.txt", False)]
    by_name = {d.name: d for d in docs}
    page = by_name["page.html"]
    assert (page.date, page.publisher, page.url) == (
        dt.date(2025, 3, 7),
        "Override Press",
        "https://news.example.com/trade/vn-az",
    )
    a = by_name["sub/a.txt"]
    assert (a.date, a.publisher, a.url, a.title) == (
        dt.date(2024, 12, 31),
        "VNA",
        "https://x.example/a",
        "A title",
    )
    assert by_name["b.txt"].date == dt.date(2022, 2, 2)  # matched by base name
    assert by_name["sub/c.txt"].date == dt.date(2021, 1, 1)  # a Windows path in the CSV


def test_meta_bad_date_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "21 May, 2024 14:14\n" + ARTICLE)
    meta = write(tmp_path / "meta.csv", "doc,date,publisher\na.txt,31/31/2024,Reuters\n")
    docs, problems = read([path], meta=meta)
    assert [p.path for p in problems] == [meta]
    assert "bad date '31/31/2024' for a.txt" in problems[0].reason
    assert docs[0].publisher == "Reuters"
    assert docs[0].date == dt.date(2024, 5, 21)  # the dateline still counts


def test_meta_without_date_column(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    meta = write(tmp_path / "meta.csv", "\ufeffDoc,Publisher\na.txt,Reuters\n")
    docs, problems = read([path], meta=meta)
    assert problems == []
    assert (docs[0].publisher, docs[0].date) == ("Reuters", None)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("name,date\na.txt,2024-01-01\n", "no 'doc' column"),
        ("", "empty file"),
        (b"doc,date\n\xff\xfe\x00bad", "cannot decode"),
        (None, "no such file"),
    ],
    ids=["missing doc column", "empty", "not UTF-8", "missing file"],
)
def test_meta_fatal(content: str | bytes | None, reason: str, tmp_path: Path) -> None:
    meta = tmp_path / "meta.csv"
    if content is not None:
        write(meta, content)
    with pytest.raises(InputError) as info:
        read_documents([str(tmp_path)], meta=str(meta))  # raises before any document is read
    assert info.value.path == str(meta)
    assert info.value.reason.startswith(reason)


# --------------------------------------------------------------------------- datelines

DATELINES: list[tuple[str, dt.date | None]] = [
    ("Updated April 16th 2025, 14:19 IST\nTrade rose", dt.date(2025, 4, 16)),
    ("21 May, 2024 14:14\nBAKU", dt.date(2024, 5, 21)),
    ("Published: Dec 07, 2023 08:34 PM", dt.date(2023, 12, 7)),
    ("2024-05-21 Vietnam and Azerbaijan", dt.date(2024, 5, 21)),
    ("HANOI, March 7, 2025 (VNA) - trade", dt.date(2025, 3, 7)),
    ("Thursday, 16th of April 2025", dt.date(2025, 4, 16)),
    ("Sept. 3, 2024 — exports", dt.date(2024, 9, 3)),
    ("Posted 2024/05/21 at noon", dt.date(2024, 5, 21)),
    ("Date: 21/05/2024", dt.date(2024, 5, 21)),
    ("Date: 05/21/2024", dt.date(2024, 5, 21)),
    ("Date: 07.07.2024", dt.date(2024, 7, 7)),
    ("JUNE 30, 2025 | BAKU", dt.date(2025, 6, 30)),
    ("Updated 2025-01-02T10:00:00Z, first published 1 January 2025", dt.date(2025, 1, 2)),
    ("In 2024 trade between the two countries grew", None),
    ("Vietnam, Azerbaijan identify 17 potential cooperation areas", None),
    ("the 17 potential areas for the 2025–2027 period", None),
    ("talks in Hanoi on July 17 and in May 2024", None),
    ("Date: 05/06/2024 (ambiguous)", None),
    # dots are day first, as Europe and the former Soviet states write them
    ("Baku, 05.06.2024 - trade grew", dt.date(2024, 6, 5)),
    ("2024-02-30 is not a day", None),
    ("Version 1.2.2024 released", None),
    ("up 12.05.2024% from", None),
    ("x" * 420 + " April 16, 2025", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[t[:40] for t, _ in DATELINES])
def test_find_dateline(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected


def test_dateline_used_when_no_other_date(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "HANOI, March 7, 2025 (VNA) - " + ARTICLE)
    docs, _ = read([path])
    assert docs[0].date == dt.date(2025, 3, 7)


# --------------------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_never_crash(data: bytes) -> None:
    docs, problems = read(["-"], stdin=io.BytesIO(data), max_part_chars=64)
    assert docs or problems
    for doc in docs:
        assert doc.name == "-"
        assert unicodedata.is_normalized("NFC", doc.text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.characters(blacklist_categories=["Cs", "Cc"])
        | st.sampled_from(["\n", " ", "e", "\u0301", "\u0323", "\u1100", "\u1161", "\u11a8"]),
        max_size=200,
    ),
    st.integers(min_value=1, max_value=40),
)
@example("\u0f57", 1)  # NFC decomposes it to two characters
def test_parts_always_index_the_whole_text(text: str, limit: int) -> None:
    docs, problems = read(["-"], stdin=io.BytesIO(text.encode()), max_part_chars=limit)
    if problems or text.startswith(("\ufeff", "<", "%PDF")):
        return  # empty, binary-looking or sniffed as HTML/PDF: other tests cover those
    whole = unicodedata.normalize("NFC", text)
    covered = 0
    for doc in docs:
        assert not whole[covered : doc.offset].strip()  # only blank parts are left out
        assert whole[doc.offset : doc.offset + len(doc.text)] == doc.text
        assert doc.text.strip()
        assert len(doc.text) <= limit
        covered = doc.offset + len(doc.text)
    assert not whole[covered:].strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_find_dateline_never_crashes(text: str) -> None:
    result = find_dateline(text)
    assert result is None or isinstance(result, dt.date)


AGENCIES = [
    ("BEIJING, Nov 7 (Reuters) - China's exports grew faster than expected", "Reuters"),
    ("Headline\n\nNEW DELHI, March 3, 2025 (PTI) – India's exports rose", "PTI"),
    ("HANOI (VNA) — Vietnam's trade with Laos", "VNA"),
    ("ANKARA (AA): Türkiye's exports reached", "AA"),
    ("BEIJING/HONG KONG, Jan 13 (Reuters) - trade", "Reuters"),
    ("China's exports rose 5% (about $20 billion) - officials said", ""),
    ("Trade rose (Reuters) - in the middle of a sentence, not a dateline", ""),
    ("x" * 500 + "\nBEIJING (Reuters) - late in the text", ""),
]


@pytest.mark.parametrize(("text", "agency"), AGENCIES, ids=[t[:30] for t, _ in AGENCIES])
def test_find_agency_in_a_wire_dateline(text: str, agency: str) -> None:
    assert find_agency(text) == agency


def test_dateline_agency_is_the_publisher_unless_meta_says(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "BEIJING, Nov 7, 2024 (Reuters) - " + ARTICLE)
    docs, _ = read([path])
    assert docs[0].publisher == "Reuters"
    meta = write(tmp_path / "meta.csv", "doc,publisher\na.txt,South China Morning Post\n")
    docs, _ = read([path], meta=meta)
    assert docs[0].publisher == "South China Morning Post"


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("CENTRAL BANK OF KENYA\nQuarterly Economic Review\n\nExports to Uganda rose.", "CENTRAL BANK OF KENYA"),
        ("NEWS RELEASE\nTrade Unit\nUganda Bureau of Statistics\n\nExports rose.", "Uganda Bureau of Statistics"),
        # a headline that opens with a body's name is no letterhead; nor is a body no country owns
        ("Bank of Uganda Keeps Its Rate\n\nKAMPALA - The bank held its rate.", ""),
        ("Ministry of Trade\nPress release\n\nExports rose.", ""),
        # a paragraph ends the letterhead's lines
        ("Exports to Kenya rose by a fifth last year, the finance ministry said on Monday in Kampala.\n"
         "Bank of Uganda\n", ""),
    ],
)
def test_letterhead_is_the_publisher(tmp_path: Path, head: str, publisher: str) -> None:
    path = write(tmp_path / "a.txt", head)
    docs, _ = read([path])
    assert docs[0].publisher == publisher


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("Exports climb\n\nDaily Monitor | Kampala | 3 June 2025\n\nUganda's exports rose.", "Daily Monitor"),
        ("Exports climb\nThe Citizen | 14 May 2024\nTanzania's exports rose.", "The Citizen"),
        ("Exports climb\n\nKAMPALA, June 3 (Wire) - Uganda's exports rose.", "Wire"),
        ("Exports climb | Trade | Economy\n\nUganda's exports rose.", ""),  # no date: a menu, not a masthead
        # a byline first is the writer, not the outlet; a place is neither
        ("Exports climb\nBy Ana Lima | Daily Monitor | 3 June 2025\nUganda's exports rose.", "Daily Monitor"),
        ("Exports climb\nBy Ana Lima | Nairobi | 3 June 2025\nUganda's exports rose.", ""),
    ],
)
def test_publisher_from_masthead_or_dateline(head: str, publisher: str) -> None:
    assert find_agency(head) == publisher
