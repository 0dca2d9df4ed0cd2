"""Property: random edits everywhere, bundles delivered in any order, duplicated or dropped; after
a final exchange all installations agree, and the conflicts listed are exactly the real clashes."""

from __future__ import annotations

import itertools
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synclib import HUB, OFFICES, Net, sample_families, sample_incident, synced_rows

from victimcare.domain.errors import NotFound
from victimcare.services import incidents
from victimcare.services.sync import export, importer

PLACES = (HUB, *OFFICES)
TEXT_FIELDS = {"vc_case": ("court_case_ref", "referral_source"),
               "person": ("family_name", "disability"),
               "office": ("name_ur",), "contact_point": ("safe_times", "safe_via")}
STATUSES = ("open", "on_hold", "pending_closure")
_SEEDED: dict[str, Path] = {}


def seeded(template: Path, tmp: Path) -> Path:
    """The network with one registered attack per office, everywhere in sync (built once)."""
    if "root" not in _SEEDED:
        root = tmp / "seeded"
        shutil.copytree(template, root)
        net = Net(root)
        for office in OFFICES:
            incidents.register_incident(net.cw(office), sample_incident(office),
                                        sample_families())
        net.round()
        net.round()
        net.close()
        _SEEDED["root"] = root
    return _SEEDED["root"]


@dataclass
class Write:
    wid: int
    place: str
    key: tuple[str, str, str]      # table, row, field ("deleted" for a delete)
    value: Any
    hlc: str
    knew: frozenset[int]


@dataclass
class World:
    net: Net
    knows: dict[str, set[int]] = field(default_factory=lambda: {p: set() for p in PLACES})
    writes: list[Write] = field(default_factory=list)
    pool: list[tuple[str, Path, frozenset[int]]] = field(default_factory=list)
    counter: itertools.count = field(default_factory=itertools.count)

    def rows(self, place: str, table: str) -> list[str]:
        db = self.net.s(place).db
        if table == "office":
            return [r[0] for r in db.query("SELECT id FROM office ORDER BY id")]
        where = "" if place == HUB else f" WHERE office = '{place}'"
        return [r[0] for r in db.query(f"SELECT id FROM {table}{where} ORDER BY id")]

    def write(self, place: str, table: str, pick: int, name: str, val: Any,
              delete: bool = False) -> None:
        rows = self.rows(place, table)
        if not rows:
            return
        row = rows[pick % len(rows)]
        session = self.net.s(place)
        try:
            with session.unit(None) as unit:
                if delete:
                    unit.records.delete(table, row)
                else:
                    unit.records.update(table, row, {name: val})
        except NotFound:
            return  # deleted here already: nobody can edit or delete it again
        versions = json.loads(session.db.scalar(f"SELECT versions FROM {table} WHERE id = ?",
                                                (row,)))
        key_name = "deleted" if delete else name
        wid = next(self.counter)
        self.writes.append(Write(wid, place, (table, row, key_name), val,
                                 versions[key_name], frozenset(self.knows[place])))
        self.knows[place].add(wid)

    def send(self, src: str, dst: str) -> None:
        to = None if src != HUB else dst
        path = export.export_bundle(self.net.s(src), to, out_dir=self.net.out).path
        self.pool.append((dst, path, frozenset(self.knows[src])))

    def deliver(self, index: int) -> None:
        if not self.pool:
            return
        dst, path, knowledge = self.pool[index % len(self.pool)]
        importer.import_bundle(self.net.s(dst), path)
        self.knows[dst] |= knowledge

    def final_exchange(self) -> None:
        for _ in range(2):
            for o in OFFICES:
                self.send(o, HUB)
                self.deliver(len(self.pool) - 1)
            for o in OFFICES:
                self.send(HUB, o)
                self.deliver(len(self.pool) - 1)


op = st.tuples(st.sampled_from(["edit", "edit", "status", "delete", "send", "send",
                                "deliver", "deliver"]),
               st.sampled_from(PLACES), st.integers(0, 50), st.integers(0, 50))


def run(world: World, ops: list[tuple[str, str, int, int]]) -> None:
    for kind, place, a, b in ops:
        if kind == "edit":
            tables = sorted(TEXT_FIELDS)
            table = tables[a % len(tables)]
            names = TEXT_FIELDS[table]
            world.write(place, table, b, names[a % len(names)], f"v{len(world.writes)}-{place}")
        elif kind == "status":
            world.write(place, "vc_case", b, "status", STATUSES[a % len(STATUSES)])
        elif kind == "delete":
            world.write(place, "contact_point", b, "", None, delete=True)
        elif kind == "send":
            office = OFFICES[a % len(OFFICES)]
            if place == HUB:
                world.send(HUB, office)
            else:
                world.send(place, HUB)
        else:
            world.deliver(a * 51 + b)


def concurrent(w1: Write, w2: Write) -> bool:
    return w1.wid not in w2.knew and w2.wid not in w1.knew


def deleted_later_by_its_author(world: World, e: Write) -> bool:
    """An edit its own author then deleted: both sides agree the row is gone, no clash."""
    return any(w.key == (*e.key[:2], "deleted") and w.place == e.place and e.wid in w.knew
               for w in world.writes)


def check(world: World) -> None:
    net = world.net
    hub = net.s(HUB).db
    for office in OFFICES:
        assert synced_rows(net.s(office).db, office) == synced_rows(hub, office), office
        assert synced_rows(net.s(office).db, None) == synced_rows(net.s(office).db, office)

    by_hlc = {w.hlc: w for w in world.writes}
    listed_fields: set[tuple[str, str, str]] = set()
    listed_rows: set[tuple[str, str]] = set()
    for place in PLACES:
        for c in net.s(place).db.query("SELECT * FROM conflict"):
            a, b = by_hlc.get(c["local_hlc"]), by_hlc.get(c["remote_hlc"])
            # Nothing is listed that is not a clash between two writes made without each other.
            assert a is not None and b is not None, dict(c)
            assert concurrent(a, b), (place, dict(c))
            listed_fields.add((c["tbl"], c["row_id"], c["field"]))
            listed_rows.add((c["tbl"], c["row_id"]))
    for w1, w2 in itertools.combinations(world.writes, 2):
        if not concurrent(w1, w2) or w1.key[:2] != w2.key[:2]:
            continue
        deletes = (w1.key[2] == "deleted") + (w2.key[2] == "deleted")
        if deletes == 1:
            edit_w = w1 if w2.key[2] == "deleted" else w2
            if not deleted_later_by_its_author(world, edit_w):
                assert w1.key[:2] in listed_rows, (w1, w2)
        elif deletes == 0 and w1.key == w2.key and w1.key[2] != "status":
            # Every real clash of two different values is listed somewhere.
            assert w1.key in listed_fields, (w1, w2)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=4, max_size=24))
def test_any_order_any_number_of_times_converges(network_template, tmp_path_factory,
                                                 ops) -> None:
    base = seeded(network_template, tmp_path_factory.mktemp("seed"))
    dest = tmp_path_factory.mktemp("example") / "net"
    shutil.copytree(base, dest)
    world = World(Net(dest))
    try:
        run(world, ops)
        world.final_exchange()
        check(world)
    finally:
        world.net.close()
        shutil.rmtree(dest, ignore_errors=True)
