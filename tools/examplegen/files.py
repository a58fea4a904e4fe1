"""Turns a Book into journal files: one file a year, entries in date order, a comment
line at the start of each month, one empty line between entries (dues's canonical form)."""


def journal_files(book, preamble, month_title):
    """{"journal/2025.dues": text, ...}. preamble(year) gives the file's opening comment
    lines; month_title(year, month) the comment that opens a month."""
    years = {}
    for entry in book.entries:
        years.setdefault(entry.day.year, []).append(entry)
    files = {}
    for year, entries in sorted(years.items()):
        blocks = ["\n".join(preamble(year))]
        month = None
        for entry in entries:
            if entry.day.month != month:
                month = entry.day.month
                blocks.append(month_title(year, month))
            lines = [f"; {c}" if c else ";" for c in entry.comments]
            blocks.append("\n".join(lines + entry.render()))
        files[f"journal/{year}.dues"] = "\n\n".join(blocks) + "\n"
    return files


def customers_file(preamble, customers):
    """customers.toml: the preamble, then each customer's table, one empty line apart."""
    return "\n\n".join([preamble.strip("\n")] + [c.toml.strip("\n") for c in customers]) + "\n"
