#!/usr/bin/env python3
"""Writes tests/fixtures/zones-zoneinfo.json: offsets, wall clocks and wall-time
resolutions from Python's zoneinfo, the reference railnext's zone math (luxon
over the runtime's ICU data) is tested against in tests/unit/zones-zoneinfo.slow.test.ts.

zoneinfo reads the system's compiled tz database; it shares nothing with
Node, ICU or luxon but the tz database's source. For a wall time that occurs
twice it takes the first occurrence (fold=0), and for one a change skips, the
offset before the change: railnext's rules exactly.

    python3 scripts/zone-fixture.py    (then commit the fixture)
"""
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

# The bundled schedules' zones, three with summer time for --tz and user schedules, and
# Tashkent, whose offset today is below both sides of its 1981-1990 autumn changes.
ZONES = [
    'Asia/Pyongyang',
    'Asia/Novosibirsk',
    'Asia/Vladivostok',
    'Asia/Yakutsk',
    'Asia/Shanghai',
    'Europe/Moscow',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Tashkent',
    'UTC',
]
FROM = datetime(1970, 1, 1, tzinfo=timezone.utc)
UNTIL = datetime(2041, 1, 1, tzinfo=timezone.utc)
# Wall times are sampled minute by minute around these changes only, to keep the fixture small.
WALL_YEARS = {1981, 1991, 2011, 2014, 2015, 2016, 2018, 2026}
HOUR = timedelta(hours=1)


def offset_minutes(zone, instant):
    return zone.utcoffset(instant.astimezone(zone)).total_seconds() / 60


def ms(instant):
    return round(instant.timestamp() * 1000)


def transitions(zone):
    """Every offset change in [FROM, UNTIL), hour by hour, narrowed down to the second."""
    found = []
    t = FROM
    before = offset_minutes(zone, t)
    while t < UNTIL:
        nxt = t + HOUR
        after = offset_minutes(zone, nxt)
        if after != before:
            lo, hi = t, nxt
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) // 2
                mid = mid.replace(microsecond=0)
                if offset_minutes(zone, mid) == before:
                    lo = mid
                else:
                    hi = mid
            found.append([ms(hi), before, after])
            before = after
        t = nxt
    return found


def wall(zone, instant):
    local = instant.astimezone(zone)
    return [ms(instant), local.year, local.month, local.day, local.hour, local.minute, offset_minutes(zone, instant)]


def resolve(zone, y, mo, d, h, mi):
    """The instant of a wall time (fold=0), and how often it occurs: 1, 2, or 0 for a gap."""
    first = datetime(y, mo, d, h, mi, tzinfo=zone, fold=0)
    second = datetime(y, mo, d, h, mi, tzinfo=zone, fold=1)
    exists = [dt for dt in (first, second) if dt.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None, fold=0) == first.replace(tzinfo=None)]
    count = len({ms(dt) for dt in exists})
    return [y, mo, d, h, mi, ms(first), count]


def main():
    rng = random.Random(20261127)
    span = int((UNTIL - FROM).total_seconds())
    result = {'generator': 'scripts/zone-fixture.py', 'zones': {}}
    for name in ZONES:
        zone = ZoneInfo(name)
        changes = transitions(zone)
        instants = [FROM + timedelta(seconds=rng.randrange(span)) for _ in range(400)]
        walls = []
        for change_ms, _, _ in changes:
            change = datetime.fromtimestamp(change_ms / 1000, timezone.utc)
            for minutes in range(-120, 121, 15):
                instants.append(change + timedelta(minutes=minutes))
            instants.extend([change - timedelta(milliseconds=1), change])
            if change.year in WALL_YEARS:
                local = change.astimezone(zone).replace(tzinfo=None)
                for minutes in range(-150, 151, 5):
                    w = local + timedelta(minutes=minutes)
                    walls.append(resolve(zone, w.year, w.month, w.day, w.hour, w.minute))
        for instant in instants[:200]:
            w = instant.astimezone(zone)
            walls.append(resolve(zone, w.year, w.month, w.day, w.hour, w.minute))
        # The same clock times day after day across each change: railnext keeps luxon's answer
        # for one day and moves it to the next while the offset holds (zones.ts).
        daily = []
        for change_ms, _, _ in changes:
            change = datetime.fromtimestamp(change_ms / 1000, timezone.utc)
            if change.year not in WALL_YEARS:
                continue
            local = change.astimezone(zone).replace(tzinfo=None)
            for minute_of_day in range(0, 1440, 30):
                for days in range(-2, 3):
                    d = (local + timedelta(days=days)).date()
                    daily.append(resolve(zone, d.year, d.month, d.day, minute_of_day // 60, minute_of_day % 60))
        result['zones'][name] = {
            'changes': changes,
            'daily': daily,
            'instants': [wall(zone, i) for i in sorted(set(instants))],
            'walls': sorted({tuple(w): w for w in walls}.values()),
        }
    out = Path(__file__).resolve().parent.parent / 'tests' / 'fixtures' / 'zones-zoneinfo.json'
    out.write_text(json.dumps(result, separators=(',', ':')) + '\n')
    print(f'wrote {out}')


if __name__ == '__main__':
    main()
