"""What ``content/`` may hold: one function decides, and ``timeline check`` and the MkDocs plugin both call it.

Everything in a pull request is hostile, and MkDocs publishes every file of its docs_dir as it is (an
``.html``, an ``.svg``, a ``.js`` named like the theme's bundle) and follows symbolic links. So the
folder is read here with ``os.scandir``, never following a link, and only these may be in it:

- ``index.md``: the home page, with front matter of the keys in ``HOME_KEYS`` only, each plain text;
- ``events/``, ``statements/``, ``actors/``, ``topics/``, ``sources/``: Markdown pages of that kind,
  directly in their folder (no subfolders), none with a reserved id (``index``: the site's own pages);
- ``images/``, with subfolders: pictures of the raster types in ``IMAGE_TYPES`` whose bytes say so.

Anything else (another file or folder, a link of any kind, a device) is a problem ``path: message``:
``timeline check`` fails, the build stops, and the plugin drops it from what MkDocs publishes.
Contributors' bodies may not load remote images either (tracking pixels): ``remote_images`` finds them.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .content import schema
from .content.frontmatter import split_front_matter
from .errors import Problem, TimelineError

KIND_DIRS = tuple(schema.KINDS)
HOME = "index.md"
# What the home page's front matter may set: the theme prints these (description unescaped, in a <meta>);
# template:, location:, hide: and the like change what the theme does, and are refused.
HOME_KEYS = ("title", "description")
IMAGES = "images"
# The raster types a reader's browser can only show, by suffix, and the bytes such a file starts with.
IMAGE_TYPES: dict[str, tuple[bytes, ...]] = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),  # and "WEBP" at byte 8, checked below
}
# Names that would give a page its folder's address, where the site puts its own (actors/index.md,
# sources/index.md): MkDocs makes both index.md and README.md the folder's index.
RESERVED_IDS = frozenset({"index", "README"})
_IMAGE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_ALLOWED = "only index.md, the folders " + ", ".join(f"{k}/" for k in KIND_DIRS) + f" and {IMAGES}/"


@dataclass
class Listing:
    """What ``scan`` found in content/: the files it may publish, and a problem for everything else."""

    pages: dict[str, list[Path]] = field(default_factory=lambda: {k: [] for k in KIND_DIRS})
    home: Path | None = None
    images: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def files(self) -> list[Path]:
        """Every file allowed, home page first."""
        return [*([self.home] if self.home else []), *(p for k in KIND_DIRS for p in self.pages[k]), *self.images]


def _entries(folder: Path) -> list[os.DirEntry]:
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: e.name)


def _odd(entry: os.DirEntry, path: Path) -> Problem | None:
    """A problem for a link or anything that is neither a plain file nor a folder; None otherwise."""
    if entry.is_symlink():
        return Problem(str(path), None, "a symbolic link: content/ may not hold links (they are never followed)")
    if not entry.is_dir(follow_symlinks=False) and not entry.is_file(follow_symlinks=False):
        return Problem(str(path), None, "not a plain file or folder")
    return None


def scan(root: Path) -> Listing:
    """Sort every entry of ``root`` (content/) into pages, home page, images and problems; never follows a link."""
    listing = Listing()
    if root.is_symlink():
        listing.problems.append(Problem(str(root), None, "a symbolic link: the content folder must be a folder"))
        return listing
    if not root.is_dir():
        return listing
    for entry in _entries(root):
        path = root / entry.name
        odd = _odd(entry, path)
        if odd:
            listing.problems.append(odd)
        elif entry.is_dir(follow_symlinks=False) and entry.name in KIND_DIRS:
            _scan_kind(path, entry.name, listing)
        elif entry.is_dir(follow_symlinks=False) and entry.name == IMAGES:
            _scan_images(path, listing)
        elif entry.name == HOME and entry.is_file(follow_symlinks=False):
            listing.home = path
        else:
            what = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            listing.problems.append(Problem(str(path), None, f"a {what} content/ may not hold ({_ALLOWED})"))
    listing.problems.sort()
    return listing


def _scan_kind(folder: Path, kind: str, listing: Listing) -> None:
    for entry in _entries(folder):
        path = folder / entry.name
        odd = _odd(entry, path)
        if odd:
            listing.problems.append(odd)
        elif entry.is_dir(follow_symlinks=False):
            listing.problems.append(Problem(str(path), None, f"a folder in {kind}/: its pages go directly in it"))
        elif path.suffix != ".md":
            listing.problems.append(Problem(str(path), None, f"not a page: {kind}/ may hold only Markdown pages (.md)"))
        elif path.stem in RESERVED_IDS:
            listing.problems.append(
                Problem(str(path), None, f"the id '{path.stem}' is reserved: {kind}/ is the site's own page")
            )
        else:
            listing.pages[kind].append(path)


def _scan_images(folder: Path, listing: Listing) -> None:
    for entry in _entries(folder):
        path = folder / entry.name
        odd = _odd(entry, path)
        if odd:
            listing.problems.append(odd)
        elif entry.is_dir(follow_symlinks=False):
            _scan_images(path, listing)
        else:
            problem = _image_problem(path)
            if problem:
                listing.problems.append(Problem(str(path), None, problem))
            else:
                listing.images.append(path)


def _image_problem(path: Path) -> str | None:
    """Why ``path`` is not an image the site may publish, or None."""
    if not _IMAGE_NAME.match(path.name):
        return "an image's name may hold only letters, digits, '.', '_' and '-'"
    suffix = path.suffix.lower()
    if suffix not in IMAGE_TYPES:
        return f"not an allowed image: {IMAGES}/ may hold only " + ", ".join(sorted(IMAGE_TYPES)) + " files"
    try:  # O_NOFOLLOW: a link put in place after the scan is refused, not read
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return "not a plain file"
            head = os.read(fd, 12)
        finally:
            os.close(fd)
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if not head.startswith(IMAGE_TYPES[suffix]) or (suffix == ".webp" and head[8:12] != b"WEBP"):
        return f"its bytes are not those of a {suffix[1:]} image"
    return None


def home_problems(path: Path) -> list[Problem]:
    """The home page's front matter, as MkDocs itself reads it, holds only ``HOME_KEYS``, each plain text.

    MkDocs also takes ``Key: value`` lines at the top of a page without ``---`` as metadata (MultiMarkdown);
    those are refused, so what the theme is given is only what was checked here."""
    shown = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return [Problem(shown, None, "not UTF-8 text")]
    if text.startswith("---"):
        try:  # our reader first: it refuses what MkDocs' YAML reading would choke on (an alias bomb)
            split_front_matter(text, shown)
        except TimelineError as exc:
            return exc.problems
    from mkdocs.utils.meta import get_data  # here: only a home page needs it, and MkDocs takes a while to import

    _, meta = get_data(text)
    if meta and not text.startswith("---"):
        return [Problem(shown, 1, "'Key: value' lines at the top are metadata to MkDocs: use '---' front matter")]
    lines = text.splitlines()
    problems = remote_images(shown, text)
    for key, value in meta.items():
        line = next((i for i, t in enumerate(lines, 1) if re.match(rf"^\s*{re.escape(str(key))}\s*:", t)), 1)
        if key not in HOME_KEYS:
            allowed = ", ".join(HOME_KEYS)
            problems.append(Problem(shown, line, f"key '{key}' is not allowed on the home page (only {allowed})"))
        elif not isinstance(value, str):
            problems.append(Problem(shown, line, f"'{key}' must be plain text"))
    return problems


# A remote address: a scheme ("https:") or a host ("//host/"; browsers read "\\" as "//").
_REMOTE = r"(?:[A-Za-z][A-Za-z0-9+.-]*:|[/\\]{2})"
_ADDRESS = re.compile(rf"^[\x00-\x20]*{_REMOTE}")
_URL_NOISE = re.compile(r"[\t\n\r]")


def is_remote(address: str) -> bool:
    """True when a browser would fetch ``address`` from another host (or by a scheme: data:, javascript:):
    it drops tabs and newlines inside an address, so those are taken out first."""
    return bool(_ADDRESS.match(_URL_NOISE.sub("", address)))


_HTML_IMG = re.compile(rf"<img\b[^>]*?\bsrc\s*=\s*[\"']?\s*{_REMOTE}", re.I | re.S)
_MD_IMG = re.compile(rf"!\[[^\]]*\]\(\s*<?\s*{_REMOTE}")
_MD_REF_IMG = re.compile(r"!\[([^\]]*)\](?:\[([^\]]*)\])?")
_REF_DEF = re.compile(rf"^ {{0,3}}\[([^\]]+)\]:\s*<?\s*{_REMOTE}", re.M)


def remote_images(path: str, body: str, first_line: int = 1) -> list[Problem]:
    """A problem at the line of every image in a Markdown body that a reader's browser would fetch from
    elsewhere: ``<img src="https://...">``, ``![](https://...)`` or ``![x][ref]`` with a remote ``[ref]:``."""
    remote_refs = {m.group(1).strip().lower() for m in _REF_DEF.finditer(body)}
    found = [m.start() for m in _HTML_IMG.finditer(body)] + [m.start() for m in _MD_IMG.finditer(body)]
    for m in _MD_REF_IMG.finditer(body):
        ref = (m.group(2) or m.group(1)).strip().lower()
        if ref in remote_refs:
            found.append(m.start())
    return [
        Problem(path, first_line + body.count("\n", 0, at), "a remote image: images must be in content/images/")
        for at in sorted(set(found))
    ]


def body_line(raw: str, body: str) -> int:
    """The line of the file ``raw`` on which its ``body`` (its end, after the front matter) starts."""
    return raw.count("\n", 0, max(len(raw) - len(body), 0)) + 1


def allowed_uris(listing: Listing, root: Path) -> set[str]:
    """The MkDocs ``src_uri`` of every file the listing allows."""
    return {p.relative_to(root).as_posix() for p in listing.files()}
