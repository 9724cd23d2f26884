"""Image-only PDFs made from text, like a printed page put through a scanner: rendered
at 300 dpi with DejaVu Sans, then (with `noise`) turned slightly, specked and made
black and white. Used by bench/ocr.py and the OCR tests; the texts are ours.

Needs Pillow (a test dependency) and a DejaVu Sans font (Debian: fonts-dejavu-core).
"""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

DPI = 300
A4 = (2480, 3508)  # pixels at 300 dpi
FONT_CANDIDATES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                   "/usr/share/fonts/TTF/DejaVuSans.ttf", "/Library/Fonts/DejaVuSans.ttf")


def font_path() -> str | None:
    return next((p for p in FONT_CANDIDATES if Path(p).exists()), None)


def page_image(text: str, *, noise: bool = True, seed: int = 0, size: int = 42):  # type: ignore[no-untyped-def]
    """One A4 page of `text` as a greyscale Pillow image."""
    from PIL import Image, ImageDraw, ImageFont

    font_file = font_path()
    if font_file is None:
        raise RuntimeError("DejaVu Sans is not installed (Debian: fonts-dejavu-core)")
    font = ImageFont.truetype(font_file, size)
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    y = 250
    for paragraph in text.split("\n\n"):
        for line in textwrap.wrap(" ".join(paragraph.split()), width=78):
            draw.text((220, y), line, font=font, fill=0)
            y += int(size * 1.5)
        y += size
    if noise:
        rng = random.Random(seed)
        image = image.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=255)
        pixels = image.load()
        for _ in range(1500):  # specks of dust
            x, yy = rng.randrange(A4[0] - 3), rng.randrange(A4[1] - 3)
            for dx in range(rng.choice((1, 2, 3))):
                pixels[x + dx, yy] = 0
        image = image.point(lambda v: 0 if v < 150 else 255)  # a black-and-white scanner
    return image


def write_scan(pages: list[str], path: Path, *, noise: bool = True, seed: int = 0) -> Path:
    """An image-only PDF of `pages` (no text layer) at `path`."""
    images = [page_image(text, noise=noise, seed=seed + i).convert("L") for i, text in enumerate(pages)]
    images[0].save(path, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return path
