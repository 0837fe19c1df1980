"""Parse web pages (procedure chapters, partnership pages) and HTML email newsletters.

Only the content a practitioner would read is kept: navigation, cookie banners,
breadcrumbs, footers, "view in browser"/unsubscribe lines and social links are
dropped so they never turn up as evidence in an answer.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import Doctype, ProcessingInstruction

from ingest.errors import ParseError
from ingest.limits import check_html, read_bounded
from ingest.text import (
    SectionBuilder,
    asks_itself,
    clean,
    has_words,
    list_item,
    render_rows,
    strip_title_from_paths,
)
from safeguard.model import Document

_DROP_TAGS = [
    "script", "style", "noscript", "iframe", "form", "nav", "aside", "svg", "button",
    "select", "input", "textarea", "template", "object", "embed", "canvas", "link", "meta",
    "head", "map", "audio", "video", "dialog",
]
_VOID_DROP_TAGS = ["embed", "link", "meta", "input", "param", "source", "track", "keygen"]
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "body", "html", "blockquote", "pre", "dl", "dt",
    "dd", "figure", "figcaption", "address", "center", "hr", "header", "footer", "details",
    "summary", "fieldset", "li", "td", "th", "tr", "tbody", "thead", "tfoot", "caption",
}
_HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
_MINOR_HEADINGS = {"h5", "h6"}
_JUNK_PARTS = {
    "cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot", "breadcrumb", "breadcrumbs",
    "skip", "skiplink", "skiplinks", "social", "share", "sharing", "sharethis", "addthis", "followus",
    "preheader", "backtotop", "feedback", "subscribe", "signup",
}
_JUNK_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog"}
_SOCIAL_HOSTS = re.compile(r"(twitter|x|facebook|linkedin|instagram|youtube|tiktok|pinterest|threads)\.com", re.I)

_BOILERPLATE = re.compile(
    r"view (this|the|it|our)?\s*(e-?mail|newsletter|message|bulletin|version)?\s*(online|(in|on) (a |your )?(web )?browser)"
    r"|having trouble (viewing|reading)"
    r"|unsubscribe"
    r"|update (your |subscription |my )?preferences|manage (your |my )?(subscription|preferences|email)"
    r"|forward (this|to a) (e-?mail|newsletter|message|friend|colleague)|forward to a friend"
    r"|you (are receiving|received|have received) this (e-?mail|email|message|newsletter)"
    r"|add us to your address book|powered by mailchimp|email marketing powered by"
    r"|^(copyright\s*)?(©|\(c\)|copyright)\s*\d{4}|all rights reserved"
    r"|(follow|like|find) (us|the \w+) on (twitter|facebook|x|linkedin|instagram|youtube)"
    r"|^share (this|on)\b|^skip to (the )?(main )?(content|navigation)"
    r"|was this page (useful|helpful)|found (the content of )?(this|the) page (useful|helpful)"
    r"|we use (essential |analytics )?cookies|accept (all |additional )?cookies|reject (all )?cookies"
    r"|cookie (settings|preferences|policy|notice)|^print (this )?page$|^back to top$",
    re.I,
)
_CAPTION = re.compile(r"^(photo|image|picture|graphic|logo)( \w+)? (of|shows|showing)\b", re.I)
_MENU_SEP = re.compile(r"\s+[–—|•·»›>]\s*|\s*[–—|•·»›>]\s+")


def _is_menu_line(line: str) -> bool:
    """A run of three or more short Title-Case items joined by separators is a menu or breadcrumb."""
    parts = [p.strip() for p in _MENU_SEP.split(line) if p.strip()]
    if len(parts) < 3 or len(_MENU_SEP.findall(line)) < 2:
        return False
    return all(
        len(p.split()) <= 4 and not re.search(r"[\d.,;:!?]", p) and p[0].isupper() for p in parts
    )


# The same alternatives grouped by a word each needs: a substring test picks the few worth
# running (the whole pattern costs about 0.4 ms a line, which dominated reading a big page).
_BOILERPLATE_GROUPS = [
    (tuple(hints), re.compile(pattern, re.I))
    for hints, pattern in (
        (["view"], r"view (this|the|it|our)?\s*(e-?mail|newsletter|message|bulletin|version)?\s*"
                   r"(online|(in|on) (a |your )?(web )?browser)"),
        (["trouble", "unsubscribe"], r"having trouble (viewing|reading)|unsubscribe"),
        (["preferences", "manage"], r"update (your |subscription |my )?preferences"
                                    r"|manage (your |my )?(subscription|preferences|email)"),
        (["forward"], r"forward (this|to a) (e-?mail|newsletter|message|friend|colleague)"
                      r"|forward to a friend"),
        (["receiv"], r"you (are receiving|received|have received) this (e-?mail|email|message|newsletter)"),
        (["address book", "powered by"], r"add us to your address book|powered by mailchimp|email marketing powered by"),
        (["©", "(c)", "copyright", "rights reserved"], r"^(copyright\s*)?(©|\(c\)|copyright)\s*\d{4}|all rights reserved"),
        ([" on "], r"(follow|like|find) (us|the \w+) on (twitter|facebook|x|linkedin|instagram|youtube)"),
        (["share", "skip", "print", "back to top"], r"^share (this|on)\b|^skip to (the )?(main )?(content|navigation)|^print (this )?page$|^back to top$"),
        (["useful", "helpful"], r"was this page (useful|helpful)|found (the content of )?(this|the) page (useful|helpful)"),
        (["cookie"], r"we use (essential |analytics )?cookies|accept (all |additional )?cookies|reject (all )?cookies|cookie (settings|preferences|policy|notice)"),
    )
]
_CAPTION_STARTS = ("photo", "image", "picture", "graphic", "logo")


def _boilerplate_phrase(line: str) -> bool:
    """Same answer as _BOILERPLATE.search(line), checking only the groups whose words occur."""
    low = line.lower()
    return any(any(h in low for h in hints) and pattern.search(line) for hints, pattern in _BOILERPLATE_GROUPS)


def is_boilerplate(line: str) -> bool:
    """True for email/web furniture lines that carry no safeguarding content."""
    line = clean(line)
    if not line:
        return True
    if _is_menu_line(line):
        return True
    if len(line) > 300:
        return False
    if _boilerplate_phrase(line):
        return True
    return line.lower().startswith(_CAPTION_STARTS) and bool(_CAPTION.search(line)) and len(line.split()) <= 20


# ---------------------------------------------------------------- cleaning the tree


def _attr_text(tag: Tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([*classes, str(tag.get("id") or ""), str(tag.get("aria-label") or "")])


def _is_hidden(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return (
        tag.has_attr("hidden")
        or str(tag.get("aria-hidden") or "").lower() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
        or "mso-hide:all" in style
    )


def _is_junk(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article"):
        return False
    if str(tag.get("role") or "").lower() in _JUNK_ROLES or _is_hidden(tag):
        return True
    tokens = _attr_text(tag).lower().split()
    if any(part in _JUNK_PARTS for token in tokens for part in re.split(r"[-_]+", token)):
        return True
    if any("cookie" in token or "breadcrumb" in token for token in tokens):
        return True
    if tag.name == "a":
        href = str(tag.get("href") or "")
        text = tag.get_text(" ", strip=True)
        if _SOCIAL_HOSTS.search(href) and len(text.split()) <= 4:
            return True
        if href.startswith("#") and text.lower().startswith("skip"):
            return True
    return False


_RAW_TEXT_TAGS = frozenset({"script", "style", "template", "noscript", "textarea", "xmp", "iframe"})


def _content_root(soup: BeautifulSoup) -> Tag:
    """The main content element when the page marks one, else the body."""
    for finder in (
        lambda: soup.find("main"),
        lambda: soup.find(attrs={"role": "main"}),
        lambda: (arts[0] if len(arts := soup.find_all("article")) == 1 else None),
        lambda: soup.find(id=re.compile(r"^(main-?content|content|main)$", re.I)),
    ):
        found = finder()
        # A script, style or template is raw text, never content, whatever its attributes claim.
        if isinstance(found, Tag) and found.name not in _RAW_TEXT_TAGS and len(found.get_text(" ", strip=True)) > 80:
            return found
    return soup.body or soup


def _strip_junk(root: Tag) -> None:
    for node in root.find_all(string=lambda s: isinstance(s, (Comment, Doctype, ProcessingInstruction))):
        node.extract()
    # Void elements carry nothing but attributes; lxml does not know <embed> is void and nests the rest
    # of the page inside it, so these are unwrapped (children kept) rather than deleted.
    for tag in root.find_all(_VOID_DROP_TAGS):
        tag.unwrap()
    for tag in root.find_all([t for t in _DROP_TAGS if t not in _VOID_DROP_TAGS]):
        tag.decompose()
    inside_content = root.name in ("main", "article") or root.get("role") == "main"
    for tag in root.find_all(["header", "footer"]):
        # A header inside the article usually holds its h1; page headers/footers are furniture.
        if tag.name == "footer" or not inside_content:
            tag.decompose()
    for tag in list(root.find_all(True)):
        if tag.decomposed or tag.parent is None:
            continue
        if _is_junk(tag):
            tag.decompose()


# ---------------------------------------------------------------- walking the content


class _Emitter:
    """Buffers inline text and turns it into headings or blocks, filtering boilerplate lines.

    A short paragraph that is entirely bold (or large) is held back: it becomes a
    heading only if body text follows, which is how email newsletters mark sections.
    """

    def __init__(self) -> None:
        self.builder = SectionBuilder()
        self.parts: list[tuple[str, bool]] = []
        self.pending: str | None = None

    def text(self, text: str, emphasised: bool) -> None:
        self.parts.append((text, emphasised))

    def flush(self) -> None:
        raw = "".join(t for t, _ in self.parts)
        emphasised = all(e for t, e in self.parts if t.strip())
        self.parts = []
        lines = [clean(x) for x in re.split(r"\n", raw)]
        lines = [x for x in lines if has_words(x) and not is_boilerplate(x)]
        if not lines:
            return
        text = clean(" ".join(lines))
        words = len(text.split())
        if emphasised and words <= 12 and len(text) <= 100 and not text.endswith((".", ",", ";")):
            self._release_pending_as_block()
            self.pending = text
        else:
            self.block(text)

    def _release_pending_as_block(self) -> None:
        if self.pending:
            self.builder.block(self.pending)
        self.pending = None

    def heading(self, level: int, text: str) -> None:
        self.flush()
        self._release_pending_as_block()
        text = clean(text)
        if has_words(text) and not is_boilerplate(text):
            self.builder.heading(level, text)

    def block(self, text: str) -> None:
        if self.pending:
            self.builder.heading(5, self.pending)
            self.pending = None
        if not is_boilerplate(text):
            self.builder.block(text)

    def finish(self) -> SectionBuilder:
        self.flush()
        self._release_pending_as_block()
        return self.builder


def _emphasised(tag: Tag, inherited: bool) -> bool:
    if inherited or tag.name in ("b", "strong"):
        return True
    style = str(tag.get("style") or "").replace(" ", "").lower()
    if re.search(r"font-weight:(bold|[6-9]00)", style):
        return True
    size = re.search(r"font-size:(\d+(?:\.\d+)?)(px|pt)", style)
    return bool(size and float(size.group(1)) >= (18 if size.group(2) == "px" else 14))


def _inline_text(tag: Tag) -> str:
    """Text of an element with <br> as line breaks, so boilerplate can be filtered line by line."""
    for br in tag.find_all("br"):
        br.replace_with("\n")
    lines = [clean(x) for x in tag.get_text("").split("\n")]
    return " ".join(x for x in lines if x and not is_boilerplate(x))


def _rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _cells(tr: Tag) -> list[Tag]:
    return tr.find_all(["td", "th"], recursive=False)


def _is_data_table(table: Tag) -> bool:
    """Data tables have header cells or several similar multi-cell rows; email layout tables do not."""
    if str(table.get("role") or "").lower() in ("presentation", "none") or table.find("table"):
        return False
    rows = _rows(table)
    counts = [len(_cells(tr)) for tr in rows]
    if not rows or max(counts, default=0) < 2:
        return False
    if table.find("th") or table.find("thead"):
        return True
    if len(rows) < 2:
        return False
    common = max(set(counts), key=counts.count)
    if common < 2 or counts.count(common) < 0.6 * len(rows):
        return False
    cell_lengths = [len(td.get_text(" ", strip=True)) for tr in rows for td in _cells(tr)]
    return sum(cell_lengths) / max(len(cell_lengths), 1) < 250


def _table_blocks(table: Tag) -> list[str]:
    """Render a data table's rows as "Header: value" sentences."""
    rows = _rows(table)
    grid: list[list[str]] = []
    for tr in rows:
        row: list[str] = []
        for cell in _cells(tr):
            span = int(cell.get("colspan") or 1) if str(cell.get("colspan") or "1").isdigit() else 1
            row.extend([_inline_text(cell)] * max(1, min(span, 20)))
        grid.append(row)
    if not grid:
        return []
    first = _cells(rows[0])
    header = all(c.name == "th" for c in first) or rows[0].find_parent("thead") is not None
    if not header and all(c.find(["b", "strong"]) and c.get_text(strip=True) == "".join(
        b.get_text(strip=True) for b in c.find_all(["b", "strong"])
    ) for c in first if c.get_text(strip=True)):
        header = True
    if not header and all(_cells(tr) and _cells(tr)[0].name == "th" for tr in rows):
        return [
            f"{row[0]}: {'; '.join(v for v in row[1:] if v)}" if len(row) > 1 else row[0]
            for row in grid
            if has_words(" ".join(row))
        ]
    return render_rows(grid, has_header=header)


def _faq_question(summary: str) -> str:
    """An accordion's summary is the question its body answers, even when worded as a situation ("The family live
    over the border."): marked "Q:" so that answers take the body, not the situation, as what the page says.
    A short title ("Further information") is left as it is."""
    if len(summary.split()) < 4 or asks_itself(summary):
        return summary
    return f"Q: {summary}"


def _walk(node: Tag, out: _Emitter, emphasised: bool = False) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, (Comment, Doctype, ProcessingInstruction)):
                out.text(str(child), emphasised)
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _HEADING_LEVEL:
            out.heading(_HEADING_LEVEL[name], _inline_text(child))
        elif name in _MINOR_HEADINGS:
            out.flush()
            out.text(_inline_text(child), True)
            out.flush()
        elif name in ("ul", "ol"):
            out.flush()
            _walk_list(child, out)
        elif name == "table":
            out.flush()
            if _is_data_table(child):
                caption = child.find("caption")
                if caption:
                    out.block(_inline_text(caption))
                for row in _table_blocks(child):
                    out.block(row)
            else:
                _walk(child, out, emphasised)
                out.flush()
        elif name == "summary" and child.parent is not None and child.parent.name == "details":
            out.flush()
            out.block(_faq_question(_inline_text(child)))
        elif name == "br":
            out.text("\n", emphasised)
        elif name == "img":
            continue
        elif name in _BLOCK_TAGS:
            out.flush()
            _walk(child, out, _emphasised(child, emphasised) if name != "td" else emphasised)
            out.flush()
        else:
            _walk(child, out, _emphasised(child, emphasised))


def _walk_list(lst: Tag, out: _Emitter) -> None:
    """Each <li> becomes "- item"; nested lists become their own items after their parent."""
    for li in lst.find_all("li", recursive=False):
        nested = [sub.extract() for sub in li.find_all(["ul", "ol"]) if sub.find_parent("li") is li]
        tables = [t.extract() for t in li.find_all("table") if t.find_parent("li") is li]
        text = _inline_text(li)
        if has_words(text) and not is_boilerplate(text):
            out.block(list_item(text) if not text.startswith("- ") else text)
        for sub in nested:
            _walk_list(sub, out)
        for table in tables:
            for row in _table_blocks(table) if _is_data_table(table) else []:
                out.block(row)


# ---------------------------------------------------------------- titles and hints


_SITE_WORDS = re.compile(r"safeguard|partnership|council|board|procedures|nhs|gov|trixonline|online", re.I)


def _title_from_tag(soup: BeautifulSoup) -> str:
    """<title> without its " | Site name" (or " - Site name") suffix."""
    if not soup.title:
        return ""
    title = clean(soup.title.get_text(" "))
    if " | " in title:
        return clean(title.split(" | ")[0])
    parts = re.split(r"\s+[-–—:]\s+", title)
    if len(parts) > 1 and _SITE_WORDS.search(parts[-1]) and not _SITE_WORDS.search(parts[0]):
        return clean(" - ".join(parts[:-1]))
    return title


def _page_url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    if isinstance(link, Tag) and link.get("href", "").startswith("http"):
        return str(link["href"])
    og = soup.find("meta", property="og:url")
    if isinstance(og, Tag) and str(og.get("content", "")).startswith("http"):
        return str(og["content"])
    return None


def html_hints(data: bytes) -> str:
    """Who published the page, from <title>, site-name meta, logo alt text and the footer.

    These parts are stripped from the content but still say which partnership owns it.
    """
    try:
        check_html(data)
    except ParseError:
        return ""
    soup = BeautifulSoup(data, "lxml")
    bits: list[str] = []
    if soup.title:
        bits.append(soup.title.get_text(" "))
    for meta in soup.find_all("meta"):
        if str(meta.get("property") or meta.get("name") or "").lower() in (
            "og:site_name", "author", "publisher", "application-name"
        ):
            bits.append(str(meta.get("content") or ""))
    for img in soup.find_all("img", alt=True)[:5]:
        bits.append(str(img["alt"]))
    for tag in soup.find_all(["header", "footer"]):
        bits.append(tag.get_text(" "))
    for node in soup.find_all(string=re.compile(r"©|copyright", re.I))[:3]:
        bits.append(str(node))
    return "\n".join(clean(b) for b in bits if clean(b))[:3000]


# ---------------------------------------------------------------- public API


def parse_html_bytes(data: bytes, source: str, url: str | None = None) -> Document:
    """Parse HTML given as bytes (a saved page, an email body or a fetched URL)."""
    check_html(data)  # element count and nesting, before BeautifulSoup builds its tree
    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:  # lxml can fail on truly broken input
        raise ParseError(f"unreadable HTML: {exc}") from exc
    try:
        page_url = url or _page_url(soup)
        tag_title = _title_from_tag(soup)
        root = _content_root(soup)
        _strip_junk(root)
        h1 = root.find("h1")
        builder = _walk_root(root)
    except RecursionError as exc:
        raise ParseError("web page nested too deeply to read") from exc
    title = clean(h1.get_text(" ")) if isinstance(h1, Tag) and has_words(h1.get_text()) else ""
    title = title or tag_title or builder.first_heading() or Path(source).stem
    return Document(
        source=source,
        title=title,
        sections=strip_title_from_paths(builder.sections, title),
        format="html",
        url=page_url,
    )


def _walk_root(root: Tag) -> SectionBuilder:
    out = _Emitter()
    _walk(root, out)
    return out.finish()


def parse_html(path: Path, base_url: str | None = None) -> Document:
    """Parse an HTML file; base_url is the page's public address when known."""
    path = Path(path)
    return parse_html_bytes(read_bounded(path), str(path), base_url)
