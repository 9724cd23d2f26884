"""Render samples/collection.txt into PDFs (samples/pdf/) and samples/metadata.csv.

Run from the repository root:  .venv/bin/pip install fpdf2 && .venv/bin/python samples/build_samples.py
Needs a TrueType font covering Turkish letters (DejaVu Sans, Debian's fonts-dejavu-core);
set SAMPLES_FONT_DIR to use another directory holding DejaVuSans.ttf and DejaVuSans-Bold.ttf.
The output is deterministic (fixed creation dates), so re-running changes nothing.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIR = Path(os.environ.get("SAMPLES_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FOOTER = "Sample document written for the hrarchive demo collection. Not an official text."
COLUMNS = ["file", "title", "date", "mechanism", "body", "type", "language", "symbol",
           "countries", "topics", "visibility"]


def parse_collection(text: str) -> list[dict]:
    records = []
    for block in text.split("\n=====\n")[1:]:
        head, *pages = block.split("\n-----\n")
        meta = {}
        for line in head.strip().splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        meta["pages"] = [p.strip() for p in pages if p.strip()]
        records.append(meta)
    return records


class SamplePdf(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", size=7)
        self.set_text_color(110)
        self.cell(0, 8, f"{FOOTER}  Page {self.page_no()}", align="C")


def render(rec: dict, out: Path) -> None:
    pdf = SamplePdf(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_title(rec["title"])
    pdf.set_creation_date(dt.datetime.fromisoformat(rec["date"]).replace(tzinfo=dt.timezone.utc))
    pdf.set_margins(22, 20, 22)
    for i, page in enumerate(rec["pages"]):
        pdf.add_page()
        if i == 0:
            pdf.set_font("DejaVu", size=9)
            pdf.cell(0, 6, rec.get("symbol", ""), align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 7, rec["title"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        pdf.set_font("DejaVu", size=10.5)
        for para in page.split("\n"):
            pdf.multi_cell(0, 5.5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(out))


def main() -> int:
    records = parse_collection((HERE / "collection.txt").read_text(encoding="utf-8"))
    out_dir = HERE / "pdf"
    out_dir.mkdir(exist_ok=True)
    with open(HERE / "metadata.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for rec in records:
            render(rec, out_dir / rec["file"])
            writer.writerow([rec.get(c, "") for c in COLUMNS])
    print(f"{len(records)} sample documents written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
