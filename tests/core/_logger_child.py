"""A kit counter that taps as fast as it can, for the durability test to kill mid-flight.

Usage: python _logger_child.py DB_PATH LOCATION_ID KIT_ID[,KIT_ID...] SEED

After each action returns (and so, per kits.py, is committed) its movement id is printed and
stdout flushed: every id the parent reads is one the database has promised to keep.
"""

from __future__ import annotations

import random
import sys

from wellness_desk import kits
from wellness_desk.db import connect


def main(argv: list[str]) -> None:
    path, location_id, kit_ids, seed = argv
    location = int(location_id)
    kit_ids_ = [int(k) for k in kit_ids.split(",")]
    rng = random.Random(int(seed))
    db = connect(path)
    last_tap = None
    while True:
        kit = rng.choice(kit_ids_)
        roll = rng.random()
        if roll < 0.1:
            movement_id = kits.receive_stock(
                db, kit_type_id=kit, location_id=location, count=rng.randint(5, 20)
            ).id
        elif roll < 0.2 and last_tap is not None:
            movement_id = kits.undo(db, last_tap).id
            last_tap = None
        else:
            done = kits.hand_out(
                db, kit_type_id=kit, location_id=location, count=rng.randint(1, 3),
                role=rng.choice((kits.UNSPECIFIED, *kits.ROLES)),
            )
            movement_id = last_tap = done.movement.id
        sys.stdout.write(f"{movement_id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
