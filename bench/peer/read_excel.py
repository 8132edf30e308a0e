"""pandas.read_excel of a workbook, every sheet, timed: the peer of the command line's refresh.

    python3 bench/peer/read_excel.py WORKBOOK.xlsx
"""
import json
import resource
import sys
import time

import pandas as pd


def main():
    started = time.perf_counter()
    sheets = pd.read_excel(sys.argv[1], sheet_name=None, engine="openpyxl")
    elapsed = time.perf_counter() - started
    print("PEER_RESULT " + json.dumps({
        "readMs": elapsed * 1000,
        "rows": int(sum(len(frame) for frame in sheets.values())),
        "cells": int(sum(frame.size for frame in sheets.values())),
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


if __name__ == "__main__":
    main()
