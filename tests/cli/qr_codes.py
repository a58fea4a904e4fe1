"""Prints the data of each QR code zbarimg --xml found (stdin), one per block, blocks
separated by a line '--'. For tests/cli/pdf.t; standard library only."""
import sys
import xml.etree.ElementTree as tree

namespace = {"z": "http://zbar.sourceforge.net/2008/barcode"}
codes = [symbol.findtext("z:data", default="", namespaces=namespace)
         for symbol in tree.parse(sys.stdin).getroot().iter("{%s}symbol" % namespace["z"])]
first = sys.argv[1] if len(sys.argv) > 1 else None
print("\n--\n".join(code for code in codes if first is None or code.startswith(first)))
