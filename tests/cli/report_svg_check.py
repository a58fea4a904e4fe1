"""Checks the inline SVG charts of a `dues report --format html` page against its numbers.

Usage: /usr/bin/python3 report_svg_check.py PAGE.html

For every chart: each bar's height is value * 200 / max, rounded half up (the plot is
200 px high), and stacked bars sit on each other. Prints one line per chart: its title,
the number of bars and "ok"; exits 1 on the first bar that does not match.
"""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
status = 0
for figure in re.finditer(r"<figcaption>(.*?)</figcaption>\s*<svg[^>]*data-max=\"(\d+)\"(.*?)</svg>",
                          page, re.S):
    title, top, body = html.unescape(figure.group(1)), int(figure.group(2)), figure.group(3)
    bars = re.findall(r'<rect class="bar" x="(\d+)" y="(-?\d+)" width="\d+" height="(\d+)"'
                      r'[^>]*data-value="(-?\d+)"', body)
    bottoms = {}
    for x, y, height, value in bars:
        x, y, height, value = int(x), int(y), int(height), int(value)
        want = 0 if value <= 0 or top <= 0 else (value * 200 * 2 + top) // (2 * top)
        base = bottoms.get(x, 210)
        if height != want or y + height != base:
            print(f"{title}: bar at x={x} value {value}: height {height}, y {y}; want {want} on {base}")
            status = 1
        bottoms[x] = y
    print(f"{title}: {len(bars)} bars ok" if status == 0 else f"{title}: mismatch")
sys.exit(status)
