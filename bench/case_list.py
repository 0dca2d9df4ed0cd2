"""Case list first rows at 1,000 and 100,000 cases, and search while typing a name."""

from __future__ import annotations

from typing import Any

from common import (
    Row,
    arguments,
    header,
    installation,
    login,
    median,
    ms,
    pct,
    summary,
    table,
    timed,
)

from victimcare.services import cases
from victimcare.services.cases import CaseQuery

GOAL_FIRST_ROWS = 0.100
GOAL_RATIO = 1.5
GOAL_KEYSTROKE = 0.100
TYPED = "Muhammad Aslam"

SCENARIOS = {
    "sort opened_on desc (default)": CaseQuery(),
    "sort case_number asc": CaseQuery(sort="case_number", descending=False),
    "sort name asc": CaseQuery(sort="name", descending=False),
    "sort risk_level desc": CaseQuery(sort="risk_level"),
    "status=open, opened_on desc": CaseQuery(status="open"),
    "district=PB-LHR (half the cases)": CaseQuery(district="PB-LHR"),
    "district=PB-NNK (2% of cases)": CaseQuery(district="PB-NNK"),
    "status=open + district=PB-KSR, name asc": CaseQuery(status="open", district="PB-KSR",
                                                         sort="name", descending=False),
}


def first_rows(session: Any, q: CaseQuery, runs: int) -> tuple[float, float, float]:
    """Median seconds of list_cases(offset 0, limit 100) + count_cases, and of each alone."""
    lists, counts, both = [], [], []
    for _ in range(runs):
        a, _rows = timed(lambda: cases.list_cases(session, q, 0, 100))
        b, _count = timed(lambda: cases.count_cases(session, q))
        lists.append(a)
        counts.append(b)
        both.append(a + b)
    return median(both), median(lists), median(counts)


def typing(session: Any, runs: int) -> tuple[list[float], list[float]]:
    """Per keystroke (from the third character) the time of find, and of list + count."""
    finds, lists = [], []
    for _ in range(runs):
        for end in range(3, len(TYPED) + 1):
            text = TYPED[:end]
            finds.append(timed(lambda t=text: cases.find(session, t))[0])
            q = CaseQuery(text=text)
            lists.append(timed(lambda q=q: (cases.list_cases(session, q, 0, 100),
                                            cases.count_cases(session, q)))[0])
    return finds, lists


def main() -> int:
    args = arguments(__doc__ or "", rebuild=True)
    header("case list and search while typing", args.quick)
    runs = 3 if args.quick else 5
    sizes = (1000, 10_000) if args.quick else (1000, 100_000)
    results: dict[int, dict[str, tuple[float, float, float]]] = {}
    typed: dict[int, tuple[list[float], list[float]]] = {}
    for size in sizes:
        session = login(installation(size, rebuild=args.rebuild).data_dir)
        try:
            total = session.db.scalar("SELECT count(*) FROM vc_case")
            print(f"# {total:,} cases, caseworker session, median of {runs}")
            cases.list_cases(session, CaseQuery(), 0, 100)  # the first page after sign-in
            results[size] = {name: first_rows(session, q, runs) for name, q in SCENARIOS.items()}
            typed[size] = typing(session, 1 if args.quick else 2)
        finally:
            session.close()
    small, big = sizes
    rows: list[Row] = []
    for name in SCENARIOS:
        t_small, t_big = results[small][name][0], results[big][name][0]
        _, l_big, c_big = results[big][name]
        rows.append(Row(f"{name}: {big // 1000}k (list + count)",
                        f"{ms(t_big)} ({ms(l_big)} + {ms(c_big)})",
                        f"≤ {ms(GOAL_FIRST_ROWS)}", t_big <= GOAL_FIRST_ROWS))
        rows.append(Row(f"{name}: ratio {big // 1000}k / {small // 1000}k",
                        f"{t_big / t_small:.1f}× ({ms(t_small)} at 1k)", f"≤ {GOAL_RATIO}×",
                        t_big / t_small <= GOAL_RATIO))
    table(rows, "first rows: list_cases(offset 0, limit 100) + count_cases")
    keys: list[Row] = []
    for size in sizes:
        finds, lists = typed[size]
        keys.append(Row(f"cases.find per keystroke, {size // 1000}k: p50 / p95",
                        f"{ms(pct(finds, 50))} / {ms(pct(finds, 95))}",
                        f"p95 ≤ {ms(GOAL_KEYSTROKE)}", pct(finds, 95) <= GOAL_KEYSTROKE))
        keys.append(Row(f"list_cases(text) + count per keystroke, {size // 1000}k: p50 / p95",
                        f"{ms(pct(lists, 50))} / {ms(pct(lists, 95))}",
                        f"p95 ≤ {ms(GOAL_KEYSTROKE)}", pct(lists, 95) <= GOAL_KEYSTROKE))
    table(keys, f"search while typing {TYPED!r} (keystrokes from the 3rd character)")
    return summary(rows + keys)


if __name__ == "__main__":
    raise SystemExit(main())
