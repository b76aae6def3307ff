"""Run inside the peers' environment (benchmarks/.peers): time the peer extractors.

usage: peers.py SEEDS_DIR REPEAT   -> prints one JSON object
"""
import json
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main():
    seeds = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
    repeat = int(sys.argv[2])
    x20 = "".join(seeds) * 20
    from recognizers_number import Culture, recognize_number, recognize_percentage
    from recognizers_number_with_unit import recognize_currency, recognize_dimension

    def rt():
        n = 0
        for d in seeds:
            n += len(recognize_number(d, Culture.Chinese)) + len(recognize_percentage(d, Culture.Chinese))
            n += len(recognize_currency(d, Culture.Chinese)) + len(recognize_dimension(d, Culture.Chinese))
        return n

    rt()  # warm: compile its regular expressions
    rt_time, rt_found = best(rt, repeat)
    import jionlp as jio

    jio.ner.extract_money(seeds[1])  # warm
    jio_time, jio_found = best(lambda: len(jio.ner.extract_money(x20)), repeat)
    print(json.dumps({"rt_seeds_s": rt_time, "rt_found": rt_found, "jio_x20_s": jio_time, "jio_found": jio_found}))


if __name__ == "__main__":
    main()
