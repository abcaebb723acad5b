#!/usr/bin/env python3
"""Generate the ILLUSTRATIVE PortVerify demo data for POLA and POLB.

ILLUSTRATIVE DEMO DATA - NOT OFFICIAL FIGURES.  The tons below are invented.
They are shaped so that the CAAP-style headline reductions (vs the 2005
baseline) match the rounded figures the ports published, which makes the data
useful for demos and tests of the verification engine.  They are not the
ports' inventories.

Usage (from the repository root):

    python3 demo-data/generate.py

Writes, for inventory edition 2025 (reporting year 2025):

    demo-data/submissions/2025/<PORT>/manifest.csv
    demo-data/submissions/2025/<PORT>/emissions.csv
    demo-data/submissions/2025/<PORT>/throughput.csv
    demo-data/submissions/2025/<PORT>/milestones.csv
    demo-data/submissions/2025/<PORT>/fleet.csv
    demo-data/README.md

(the data contract is docs/submission-format.md)

then reads the CSV files back, computes the headline table with exact
rational arithmetic, prints it, and exits non-zero (AssertionError) if a
target is missed or a figure sits too close to a rounding boundary.

Python 3 standard library only; no randomness; output is byte-for-byte
deterministic.

How a value is made
-------------------
For port p, data year y, category c and pollutant group g (DPM, NOx, SOx, CO,
HC, CO2e):

    value = BASELINE_2005[p][c][g] * SHAPE[c][g](y) * scale(p, y, g)

* BASELINE_2005: 2005 tons per category (table per port, below).
* SHAPE: relative technology trend of a category (1.0 in 2005; anchors for
  2017 and 2025, geometric interpolation in between).  It decides how the
  total is split between categories (e.g. OGV stays the largest NOx and SOx
  source; CHE CO ends above 2005).
* REDUCTION: per port, per data year, the fraction by which the port total
  of each group is below 2005.  scale(p, y, g) is the single number that makes
  the category values add up to exactly that total.  These per-year
  reduction factors are what carries the headline figures.

PM10 and PM2.5 are derived from DPM per category: PM10 = DPM * PM10_PER_DPM[c],
PM2.5 = 0.92 * PM10.  Values are rounded half-up to 3 decimal places.  Every
emission row reports a whole category (empty sub_category), so the category
totals, and with them the headline figures, do not depend on any split.

Milestones and fleet
--------------------
milestones.csv holds the same plan skeleton for both ports (phases 1 to 3,
draft and approved plans, a few project milestones), due up to 2029-12-31;
completions only up to the end of the reporting year, later ones PLANNED.
POLA is on time everywhere.  POLB has one late milestone within its control
and one delay excused as outside its control (with a flexibility reference).

fleet.csv: zero-emission units among all CHE and drayage trucks (HDV), data
years 2017 to 2025, from a rising ZE share per port; chargers and charging
capacity (MW) follow from the ZE units.
"""

import os
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_ROOT = os.path.join(HERE, "submissions")

REPORTING_YEAR = 2025
EDITION = "2025"
DATA_YEARS = [2005, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]
PORTS = ["POLA", "POLB"]
CATEGORIES = ["OGV", "HARBOR_CRAFT", "CHE", "LOCOMOTIVE", "HDV"]
POLLUTANTS = ["DPM", "PM10", "PM2.5", "NOx", "SOx", "CO", "HC", "CO2e"]
GROUPS = ["DPM", "NOx", "SOx", "CO", "HC", "CO2e"]  # modelled directly
UNIT = {p: ("metric_tons" if p == "CO2e" else "short_tons") for p in POLLUTANTS}

EMISSIONS_HEADER = ["data_year", "category", "sub_category", "pollutant", "value", "unit"]
MILESTONES_HEADER = ["phase", "category", "milestone_id", "kind", "title", "due_date", "completed_date",
                     "status", "within_port_control", "flexibility_ref", "evidence_ref"]
FLEET_HEADER = ["data_year", "category", "ze_units", "total_units", "chargers", "capacity", "capacity_unit"]
FILES = ["manifest.csv", "emissions.csv", "throughput.csv", "milestones.csv", "fleet.csv", "claims.csv"]

MANIFEST = {
    "preparer": "Illustrative demo preparer",
    "contact": "demo@example.org",
    "submitted_on": "2026-06-30",
    "note": "ILLUSTRATIVE DEMO DATA - not official figures",
}

# ---------------------------------------------------------------------------
# Throughput, TEU per calendar year.  2005, 2022-2024 (POLA) and 2005,
# 2023-2024 (POLB) are the figures given in the brief; the other years are
# invented but plausible (2020 dip, 2021 congestion surge).
# ---------------------------------------------------------------------------
TEU = {
    "POLA": {2005: 7484624, 2017: 9343200, 2018: 9458700, 2019: 9337600,
             2020: 8813400, 2021: 10677600, 2022: 9911159, 2023: 8634497,
             2024: 10296000, 2025: 10240000},
    "POLB": {2005: 6709818, 2017: 7544500, 2018: 8091000, 2019: 7632000,
             2020: 8113300, 2021: 9384400, 2022: 9133700, 2023: 8018668,
             2024: 9649724, 2025: 9700000},
}

# ---------------------------------------------------------------------------
# 2005 baseline, tons per category.  Short tons, except CO2e in metric tons.
# ---------------------------------------------------------------------------
BASELINE_2005 = {
    "POLA": {
        #                 DPM    NOx    SOx     CO    HC     CO2e
        "OGV":          (470, 7200, 7700,  600, 250, 350000),
        "HARBOR_CRAFT": ( 70, 2100,   50,  500, 150,  90000),
        "CHE":          ( 90, 1900,   10, 1100, 250, 120000),
        "LOCOMOTIVE":   ( 60, 1800,  200,  250, 100,  70000),
        "HDV":          (210, 3000,   40, 1000, 300, 270000),
    },  # totals:          900 16000  8000  3450 1050  900000
    "POLB": {
        #                 DPM    NOx    SOx     CO    HC     CO2e
        "OGV":          (520, 8800, 8300,  700, 300, 420000),
        "HARBOR_CRAFT": ( 60, 1900,   40,  450, 130,  80000),
        "CHE":          ( 85, 2100,   10, 1000, 220, 110000),
        "LOCOMOTIVE":   ( 70, 2400,  220,  300, 120,  90000),
        "HDV":          (215, 3600,   30, 1150, 330, 400000),
    },  # totals:          950 18800  8600  3600 1100 1100000
}

# ---------------------------------------------------------------------------
# Category trend (same technology story at both ports): factor vs 2005 at
# 2017 and at 2025, geometric in between.  Only the relative sizes matter;
# REDUCTION below fixes the port totals.
# ---------------------------------------------------------------------------
SHAPE_ANCHORS = {
    #                DPM            NOx            SOx            CO             HC             CO2e
    "OGV":          ((0.10, 0.05), (0.55, 0.40), (0.030, 0.015), (0.95, 0.90), (0.60, 0.50), (0.95, 0.85)),
    "HARBOR_CRAFT": ((0.35, 0.22), (0.45, 0.30), (0.020, 0.020), (0.75, 0.65), (0.50, 0.40), (0.95, 0.90)),
    "CHE":          ((0.15, 0.08), (0.35, 0.20), (0.030, 0.030), (1.25, 1.15), (0.45, 0.35), (0.95, 0.80)),
    "LOCOMOTIVE":   ((0.30, 0.20), (0.45, 0.35), (0.020, 0.020), (0.80, 0.70), (0.50, 0.40), (0.95, 0.85)),
    "HDV":          ((0.03, 0.02), (0.12, 0.08), (0.040, 0.035), (0.25, 0.15), (0.20, 0.12), (0.90, 0.80)),
}

# PM10 per ton of DPM (DPM is somewhat below PM10), and PM2.5 per ton of PM10.
PM10_PER_DPM = {"OGV": 1.10, "HARBOR_CRAFT": 1.04, "CHE": 1.05, "LOCOMOTIVE": 1.04, "HDV": 1.10}
PM25_PER_PM10 = 0.92

# ---------------------------------------------------------------------------
# Per-year reduction factors: fraction of the port total below 2005.
# Smooth downward trend 2017-2025 with a bump in 2021 (congestion) and the
# throughput-driven rebound in 2024.  Marked values carry headline targets.
# ---------------------------------------------------------------------------
REDUCTION = {
    "POLA": {
        #        DPM      NOx      SOx     CO     HC     CO2e
        2017: (0.860, 0.590,   0.970, 0.180, 0.420, 0.080),
        2018: (0.868, 0.605,   0.972, 0.185, 0.430, 0.090),
        2019: (0.876, 0.625,   0.974, 0.190, 0.440, 0.110),
        2020: (0.886, 0.650,   0.976, 0.200, 0.455, 0.140),
        2021: (0.880, 0.640,   0.975, 0.190, 0.445, 0.120),
        2022: (0.892, 0.690,   0.979, 0.205, 0.465, 0.150),
        2023: (0.899, 0.725,   0.981, 0.215, 0.480, 0.185),
        # 2024 headline year.  NOx 0.73363 is the best compromise between
        # -73% absolute and -81% per 10,000 TEU given the fixed TEU figures
        # (both sit about 0.137 points from a .5 boundary, see MARGIN_EXCEPTIONS).
        2024: (0.9015, 0.73363, 0.9825, 0.215, 0.485, 0.1775),
        2025: (0.905, 0.745,   0.984, 0.220, 0.490, 0.190),
    },
    "POLB": {
        #        DPM     NOx     SOx    CO     HC     CO2e
        2017: (0.880, 0.580, 0.970, 0.170, 0.400, 0.060),
        2018: (0.886, 0.600, 0.972, 0.175, 0.410, 0.070),
        2019: (0.892, 0.625, 0.974, 0.180, 0.420, 0.090),
        2020: (0.900, 0.650, 0.976, 0.190, 0.435, 0.120),
        2021: (0.893, 0.640, 0.975, 0.180, 0.425, 0.100),
        2022: (0.905, 0.670, 0.978, 0.195, 0.445, 0.130),
        2023: (0.920, 0.710, 0.981, 0.210, 0.465, 0.170),  # headline year
        # 2024: CO2e 0.0366 makes San Pedro Bay CO2e come out at -10%.
        2024: (0.899, 0.677, 0.980, 0.200, 0.455, 0.0366),
        2025: (0.905, 0.690, 0.982, 0.205, 0.460, 0.045),
    },
}

# ---------------------------------------------------------------------------
# Headline targets (whole percent, as published; negative = lower than 2005).
# (area, data year, measure, pollutant) -> percent.  measure "abs" is the
# change in tons, "eff" the change in tons per 10,000 TEU.
# ---------------------------------------------------------------------------
TARGETS = {
    ("POLA", 2024, "abs", "DPM"): -90, ("POLA", 2024, "abs", "NOx"): -73,
    ("POLA", 2024, "abs", "SOx"): -98, ("POLA", 2024, "abs", "CO2e"): -18,
    ("POLA", 2024, "eff", "DPM"): -93, ("POLA", 2024, "eff", "NOx"): -81,
    ("POLA", 2024, "eff", "SOx"): -99, ("POLA", 2024, "eff", "CO2e"): -40,
    ("POLB", 2024, "abs", "DPM"): -90, ("POLB", 2024, "abs", "NOx"): -68,
    ("POLB", 2024, "abs", "SOx"): -98,
    ("POLB", 2023, "abs", "DPM"): -92, ("POLB", 2023, "abs", "NOx"): -71,
    ("POLB", 2023, "abs", "SOx"): -98, ("POLB", 2023, "abs", "CO2e"): -17,
    ("SPB", 2024, "abs", "DPM"): -90, ("SPB", 2024, "abs", "NOx"): -70,
    ("SPB", 2024, "abs", "SOx"): -98, ("SPB", 2024, "abs", "CO2e"): -10,
}
TEU_GROWTH_TARGETS = {("POLA", 2024): 38}  # percent vs 2005, rounded half-up

MIN_MARGIN_PP = Fraction(15, 100)  # distance from the nearest .5 boundary
# With POLA TEU fixed at 7,484,624 (2005) and 10,296,000 (2024), no NOx total
# can be 0.15 points from a boundary both as -73% and as -81% per 10,000 TEU:
# the best achievable is about 0.1366 points for both.  Accept 0.13 there.
MARGIN_EXCEPTIONS = {
    ("POLA", 2024, "abs", "NOx"): Fraction(13, 100),
    ("POLA", 2024, "eff", "NOx"): Fraction(13, 100),
}
# Unrounded values cited by the Java tests.
CITED = [("POLA", 2024, m, p) for m in ("abs", "eff") for p in ("DPM", "NOx", "SOx", "CO2e")]


# ---------------------------------------------------------------------------
# Milestones of the Cooperative Agreement (approved November 2025).  One plan
# skeleton for both ports: (suffix, phase, category, kind, title, due date).
# Approved plans are due 2027-12-31 (phase 1), 2028-12-31 (2), 2029-12-31 (3);
# the phase 1 draft is due in May 2027; draft dates for phases 2 and 3 are not
# public, so the ports' own targets are invented here.
# ---------------------------------------------------------------------------
AGREEMENT_APPROVED = "2025-11-07"
MILESTONE_PLAN = [
    ("P1-01", 1, "CHE_CONTAINER", "PROJECT_MILESTONE", "Phase 1 planning kickoff and public input schedule published",
     "2025-12-15"),
    ("P1-02", 1, "DRAYAGE", "PROJECT_MILESTONE", "Drayage charging site utility interconnection requests filed",
     "2025-12-31"),
    ("P1-03", 1, "CHE_CONTAINER", "DRAFT_PLAN", "Draft ZE infrastructure plan for CHE at container terminals",
     "2027-05-31"),
    ("P1-04", 1, "DRAYAGE", "DRAFT_PLAN", "Draft ZE infrastructure plan for drayage trucks", "2027-05-31"),
    ("P1-05", 1, "CHE_CONTAINER", "APPROVED_PLAN", "Approved ZE infrastructure plan for CHE at container terminals",
     "2027-12-31"),
    ("P1-06", 1, "DRAYAGE", "APPROVED_PLAN", "Approved ZE infrastructure plan for drayage trucks", "2027-12-31"),
    ("P2-01", 2, "HARBOR_CRAFT", "PROJECT_MILESTONE", "Shore power feasibility study for harbor craft berths",
     "2026-09-30"),
    ("P2-02", 2, "CHE_NON_CONTAINER", "DRAFT_PLAN", "Draft ZE infrastructure plan for CHE at non-container terminals",
     "2028-06-30"),
    ("P2-03", 2, "CHE_NON_CONTAINER", "APPROVED_PLAN",
     "Approved ZE infrastructure plan for CHE at non-container terminals", "2028-12-31"),
    ("P2-04", 2, "LOCOMOTIVE_SWITCHER", "APPROVED_PLAN",
     "Approved ZE infrastructure plan for local switcher locomotives", "2028-12-31"),
    ("P2-05", 2, "HARBOR_CRAFT", "APPROVED_PLAN", "Approved ZE infrastructure plan for harbor craft", "2028-12-31"),
    ("P3-01", 3, "OGV", "DRAFT_PLAN", "Draft ZE infrastructure plan for ocean-going vessels", "2029-06-30"),
    ("P3-02", 3, "OGV", "APPROVED_PLAN", "Approved ZE infrastructure plan for ocean-going vessels", "2029-12-31"),
]
# Progress by the end of 2025 per port: suffix -> (completed_date, status, within_port_control,
# flexibility_ref, evidence_ref).  Milestones not listed are PLANNED, within the port's control.
MILESTONE_PROGRESS = {
    "POLA": {
        "P1-01": ("2025-12-10", "COMPLETED", "yes", "", "Harbor Commission agenda item of 2025-12-10"),
        "P1-02": ("2025-12-19", "COMPLETED", "yes", "", "Utility acknowledgement letters of 2025-12-19"),
        "P2-01": ("", "IN_PROGRESS", "yes", "", ""),
    },
    "POLB": {
        # late and within the port's control: a default candidate
        "P1-01": ("", "DELAYED", "yes", "", ""),
        # late, but the utility's queue is outside the port's control: excused by a flexibility option
        "P1-02": ("", "DELAYED", "no", "FLEX-POLB-2025-01 utility interconnection queue (letter of 2025-12-18)", ""),
        "P2-01": ("", "IN_PROGRESS", "yes", "", ""),
    },
}

# ---------------------------------------------------------------------------
# Zero-emission fleet and infrastructure, data years 2017-2025, CHE and
# drayage trucks (HDV): all units, ZE share (percent), chargers per ZE unit,
# MW per charger.  Invented but plausible: CHE well ahead of trucks.
# ---------------------------------------------------------------------------
FLEET_YEARS = list(range(2017, 2026))
FLEET_CATEGORIES = ["CHE", "HDV"]
FLEET = {
    # category: (units in 2017, units added per year, ZE share percent per year 2017..2025)
    "POLA": {
        "CHE": (1900, 15, ["3", "4", "5", "6", "8", "10", "13", "16", "20"]),
        "HDV": (11500, 150, ["0.1", "0.2", "0.3", "0.4", "0.6", "0.9", "1.4", "2.1", "3.0"]),
    },
    "POLB": {
        "CHE": (1700, 12, ["4", "5", "6", "8", "10", "12", "15", "18", "22"]),
        "HDV": (10500, 140, ["0.1", "0.2", "0.3", "0.5", "0.7", "1.0", "1.5", "2.2", "3.2"]),
    },
}
CHARGERS_PER_ZE_UNIT = {"CHE": Fraction(3, 5), "HDV": Fraction(1, 2)}
MW_PER_CHARGER = {"CHE": Fraction(15, 100), "HDV": Fraction(18, 100)}


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------
def shape(category, group, year):
    if year == 2005:
        return 1.0
    a17, a25 = SHAPE_ANCHORS[category][GROUPS.index(group)]
    t = (year - 2017) / (2025 - 2017)
    return a17 * (a25 / a17) ** t


def dec3(x):
    """Round half-up to 3 decimal places (via repr, so it is deterministic)."""
    return Decimal(repr(x)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def model_port(port):
    """Return {(year, category, pollutant): Decimal} for one port."""
    base = BASELINE_2005[port]
    out = {}
    for year in DATA_YEARS:
        unrounded = {}
        for gi, group in enumerate(GROUPS):
            base_total = sum(base[c][gi] for c in CATEGORIES)
            target_total = base_total * (1.0 if year == 2005 else 1.0 - REDUCTION[port][year][gi])
            shaped = {c: base[c][gi] * shape(c, group, year) for c in CATEGORIES}
            scale = target_total / sum(shaped.values())
            for c in CATEGORIES:
                unrounded[(c, group)] = shaped[c] * scale
        for c in CATEGORIES:
            dpm = unrounded[(c, "DPM")]
            pm10 = dpm * PM10_PER_DPM[c]
            values = {"DPM": dpm, "PM10": pm10, "PM2.5": pm10 * PM25_PER_PM10}
            for group in GROUPS[1:]:
                values[group] = unrounded[(c, group)]
            for p in POLLUTANTS:
                v = dec3(values[p])
                assert v >= Decimal("0.001"), (port, year, c, p, v)
                out[(year, c, p)] = v
    return out


def csv_field(value, force_quote=False):
    s = str(value)
    if force_quote or any(ch in s for ch in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def write_csv(path, header, rows, quote_columns=()):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    lines = [",".join(header)]
    for row in rows:
        lines.append(",".join(csv_field(v, header[i] in quote_columns) for i, v in enumerate(row)))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


def half_up(fraction):
    """A non-negative Fraction rounded half-up to a whole number."""
    return int(fraction + Fraction(1, 2))


def milestone_rows(port):
    rows = []
    for suffix, phase, category, kind, title, due in MILESTONE_PLAN:
        completed, status, within, flex, evidence = MILESTONE_PROGRESS[port].get(
            suffix, ("", "PLANNED", "yes", "", ""))
        rows.append([phase, category, "%s-%s" % (port, suffix), kind, title, due, completed, status, within,
                     flex, evidence])
    return rows


def fleet_rows(port):
    rows = []
    for y in FLEET_YEARS:
        for c in FLEET_CATEGORIES:
            units_2017, added, shares = FLEET[port][c]
            total = units_2017 + added * (y - 2017)
            ze = half_up(Fraction(shares[y - 2017]) / 100 * total)
            chargers = half_up(ze * CHARGERS_PER_ZE_UNIT[c])
            mw = Decimal(half_up(chargers * MW_PER_CHARGER[c] * 10)) / 10
            rows.append([y, c, ze, total, chargers, str(mw.quantize(Decimal("0.1"))), "MW"])
    return rows


def write_port(port, values):
    d = os.path.join(OUT_ROOT, str(REPORTING_YEAR), port)
    write_csv(os.path.join(d, "manifest.csv"),
              ["port", "reporting_year", "edition", "preparer", "contact", "submitted_on", "note"],
              [[port, REPORTING_YEAR, EDITION, MANIFEST["preparer"], MANIFEST["contact"],
                MANIFEST["submitted_on"], MANIFEST["note"]]],
              quote_columns=("note",))
    write_csv(os.path.join(d, "emissions.csv"), EMISSIONS_HEADER,
              [[y, c, "", p, values[(y, c, p)], UNIT[p]]
               for y in DATA_YEARS for c in CATEGORIES for p in POLLUTANTS])
    write_csv(os.path.join(d, "throughput.csv"), ["data_year", "teu"],
              [[y, TEU[port][y]] for y in DATA_YEARS])
    write_csv(os.path.join(d, "milestones.csv"), MILESTONES_HEADER, milestone_rows(port))
    write_csv(os.path.join(d, "fleet.csv"), FLEET_HEADER, fleet_rows(port))
    write_csv(os.path.join(d, "claims.csv"), CLAIMS_HEADER, claim_rows(port))


CLAIMS_HEADER = ["scope", "category", "pollutant", "data_year", "measure", "value"]
CLAIM_MEASURES = {"abs": "CHANGE_VS_2005", "eff": "EFFICIENCY_CHANGE_VS_2005"}


def claim_rows(port):
    """The headline targets as the port states them in claims.csv: its own, and San Pedro Bay's (both ports
    publish the joint figures), whole percent as published."""
    rows = []
    for (area, year, measure, pollutant), target in TARGETS.items():
        if area in (port, "SPB"):
            rows.append(["PORT" if area == port else "SAN_PEDRO_BAY", "ALL", pollutant, year,
                         CLAIM_MEASURES[measure], target])
    return rows


# ---------------------------------------------------------------------------
# Read back and check (exact arithmetic on the values as written)
# ---------------------------------------------------------------------------
def read_csv(path):
    import csv
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def load_port(port):
    d = os.path.join(OUT_ROOT, str(REPORTING_YEAR), port)
    header, rows = read_csv(os.path.join(d, "emissions.csv"))
    assert header == EMISSIONS_HEADER, header
    tons, cat = {}, {}
    for y, c, sub, p, v, u in rows:
        assert sub == "", (port, y, c, sub, p)
        assert u == UNIT[p], (port, y, c, p, u)
        y, v = int(y), Fraction(v)
        cat[(y, c, p)] = v
        tons[(y, p)] = tons.get((y, p), 0) + v
    header, rows = read_csv(os.path.join(d, "throughput.csv"))
    assert header == ["data_year", "teu"], header
    teu = {int(y): int(t) for y, t in rows}
    return tons, teu, cat


def change(area_data, year, measure, pollutant):
    """Exact change vs 2005 as a Fraction (negative = reduction)."""
    tons, teu = area_data
    e0, ey = tons[(2005, pollutant)], tons[(year, pollutant)]
    if measure == "abs":
        return -(e0 - ey) / e0
    eff0 = e0 / (Fraction(teu[2005]) / 10000)
    effy = ey / (Fraction(teu[year]) / 10000)
    return effy / eff0 - 1


def round_pct(frac):
    """Whole percent, half-up (away from zero on the magnitude)."""
    mag = Decimal(abs(frac.numerator) * 100) / Decimal(frac.denominator)
    mag = mag.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(-mag if frac < 0 else mag)


def margin_pp(frac):
    """Distance in percentage points from the nearest x.5 boundary."""
    pct = abs(frac) * 100
    return abs((pct - int(pct)) - Fraction(1, 2))


def dec_str(frac, places):
    q = Decimal(1).scaleb(-places)
    return str((Decimal(frac.numerator) / Decimal(frac.denominator)).quantize(q, rounding=ROUND_HALF_UP))


def check_milestones(port):
    """The rules of RecordRules.milestone that the demo relies on, and the story told above."""
    header, rows = read_csv(os.path.join(OUT_ROOT, str(REPORTING_YEAR), port, "milestones.csv"))
    assert header == MILESTONES_HEADER, header
    period_end = "%d-12-31" % REPORTING_YEAR
    late_within, excused = [], []
    for phase, category, mid, kind, title, due, completed, status, within, flex, evidence in rows:
        assert all("," not in v for v in (title, flex, evidence)), (port, mid)  # plain split in the Java tests
        assert AGREEMENT_APPROVED <= due <= "2029-12-31", (port, mid, due)
        assert (completed != "") == (status == "COMPLETED"), (port, mid)
        if completed:
            assert AGREEMENT_APPROVED <= completed <= period_end and completed <= due and evidence, (port, mid)
        late = (completed > due) if completed else due <= period_end
        if late and within == "yes":
            late_within.append(mid)
        if within == "no":
            assert flex and late, (port, mid)
            excused.append(mid)
    if port == "POLA":
        assert not late_within and not excused, (late_within, excused)
    else:
        assert len(late_within) == 1 and len(excused) == 1, (late_within, excused)
    return len(rows)


def check_claims(port):
    header, rows = read_csv(os.path.join(OUT_ROOT, str(REPORTING_YEAR), port, "claims.csv"))
    assert header == CLAIMS_HEADER, header
    assert rows == [[str(v) for v in r] for r in claim_rows(port)], rows
    return len(rows)


def check_fleet(port):
    header, rows = read_csv(os.path.join(OUT_ROOT, str(REPORTING_YEAR), port, "fleet.csv"))
    assert header == FLEET_HEADER, header
    share = {}
    for y, c, ze, total, chargers, capacity, unit in rows:
        ze, total = int(ze), int(total)
        assert 0 <= ze <= total and int(chargers) >= 0 and Decimal(capacity) >= 0 and unit == "MW", (port, y, c)
        share[(int(y), c)] = Fraction(ze, total)
    for c in FLEET_CATEGORIES:
        assert all(share[(y, c)] < share[(y + 1, c)] for y in FLEET_YEARS[:-1]), (port, c, "ZE share rises")
    assert abs(share[(2025, "CHE")] - Fraction(20, 100)) <= Fraction(3, 100), (port, share[(2025, "CHE")])
    assert abs(share[(2025, "HDV")] - Fraction(3, 100)) <= Fraction(1, 100), (port, share[(2025, "HDV")])
    return len(rows)


def sanity_checks(port, tons, cat):
    for y in DATA_YEARS:
        for p in ("NOx", "SOx"):
            biggest = max(CATEGORIES, key=lambda c: cat[(y, c, p)])
            assert biggest == "OGV", (port, y, p, biggest)
        for c in CATEGORIES:
            dpm, pm10, pm25 = (cat[(y, c, p)] for p in ("DPM", "PM10", "PM2.5"))
            assert dpm < pm10 and abs(pm25 / pm10 - Fraction(92, 100)) < Fraction(1, 100), (port, y, c)
    for y in (2024, 2025):
        assert cat[(y, "CHE", "CO")] > cat[(2005, "CHE", "CO")], (port, y, "CHE CO should rise")
    for p in ("DPM", "NOx", "SOx", "CO2e"):
        assert tons[(2021, p)] > tons[(2020, p)], (port, p, "2021 bump expected")


def main():
    all_values = {port: model_port(port) for port in PORTS}
    for port in PORTS:
        write_port(port, all_values[port])

    # --- read back what was written ---
    data, cats, counts = {}, {}, {}
    for port in PORTS:
        tons, teu, cat = load_port(port)
        sanity_checks(port, tons, cat)
        data[port], cats[port] = (tons, teu), cat
        counts[port] = (len(cat), len(teu), check_milestones(port), check_fleet(port), check_claims(port))
    spb_tons = {k: data["POLA"][0][k] + data["POLB"][0][k] for k in data["POLA"][0]}
    spb_teu = {y: data["POLA"][1][y] + data["POLB"][1][y] for y in DATA_YEARS}
    data["SPB"] = (spb_tons, spb_teu)

    failures = []
    rows = []
    for key, target in TARGETS.items():
        area, year, measure, pollutant = key
        ch = change(data[area], year, measure, pollutant)
        got, m = round_pct(ch), margin_pp(ch)
        need = MARGIN_EXCEPTIONS.get(key, MIN_MARGIN_PP)
        ok = got == target and m >= need
        if not ok:
            failures.append((key, target, got, float(m)))
        rows.append((area, year, "tons" if measure == "abs" else "per 10,000 TEU", pollutant,
                     dec_str(ch * 100, 4), got, target, dec_str(m, 4), "ok" if ok else "FAIL"))
    teu_rows = []
    for (area, year), target in TEU_GROWTH_TARGETS.items():
        teu = data[area][1]
        g = Fraction(teu[year], teu[2005]) - 1
        got = round_pct(g)
        if got != target:
            failures.append(((area, year, "teu"), target, got, float(margin_pp(g))))
        teu_rows.append((area, year, teu[2005], teu[year], dec_str(g * 100, 4), got, target))

    # --- print ---
    print("ILLUSTRATIVE DEMO DATA - headline changes vs 2005 (edition %s)" % EDITION)
    hdr = ("area", "year", "basis", "pollutant", "exact %", "rounded", "target", "margin pp", "check")
    fmt = "%-4s  %4s  %-14s  %-9s  %9s  %7s  %6s  %9s  %s"
    print(fmt % hdr)
    for r in rows:
        print(fmt % r)
    for area, year, t0, ty, g, got, target in teu_rows:
        print("TEU %s %d vs 2005: %d -> %d, %s%% (rounded %+d, target %+d)" % (area, year, t0, ty, g, got, target))

    print()
    print("Unrounded POLA 2024 values for tests (exact totals as written):")
    cited = []
    tons, teu = data["POLA"]
    for key in CITED:
        area, year, measure, pollutant = key
        ch = change(data[area], year, measure, pollutant)
        e0, ey = tons[(2005, pollutant)], tons[(year, pollutant)]
        if measure == "abs":
            detail = "E2005=%s E2024=%s" % (dec_str(e0, 3), dec_str(ey, 3))
        else:
            detail = "eff2005=%s eff2024=%s (per 10,000 TEU)" % (
                dec_str(e0 * 10000 / teu[2005], 10), dec_str(ey * 10000 / teu[year], 10))
        detail += "; exact fraction %d/%d" % (ch.numerator, ch.denominator)
        line = "POLA 2024 %-4s %-14s change = %s (= %s%%)  %s" % (
            pollutant, "tons" if measure == "abs" else "per 10,000 TEU",
            dec_str(ch, 10), dec_str(ch * 100, 8), detail)
        print(line)
        cited.append((pollutant, measure, ch, detail))

    print()
    print("Records per port (emissions, throughput, milestones, fleet, claims):")
    for port in PORTS:
        print("%s %s" % (port, counts[port]))
    print("total records: %d" % sum(sum(c) for c in counts.values()))

    write_readme(rows, teu_rows, cited, data, counts)

    if failures:
        for f in failures:
            print("FAILED:", f, file=sys.stderr)
    assert not failures, "headline targets not met: %r" % (failures,)
    print("\nAll headline targets met.")


def write_readme(rows, teu_rows, cited, data, counts):
    L = []
    L.append("# PortVerify demo data (ILLUSTRATIVE - not official figures)")
    L.append("")
    L.append("**ILLUSTRATIVE DEMO DATA. These are not the ports' emissions inventories and must not be "
             "cited as official figures.**")
    L.append("")
    L.append("This folder holds invented annual-report submissions for the Port of Los Angeles (POLA) and "
             "the Port of Long Beach (POLB), reporting year %d, inventory edition %s. The edition "
             "restates every data year it contains, including the 2005 baseline." % (REPORTING_YEAR, EDITION))
    L.append("The tons are shaped so that the CAAP-style headline reductions vs 2005 round to the "
             "figures the ports published (POLA 2024, POLB 2023 and 2024, San Pedro Bay 2024), so the "
             "verification engine can be demonstrated and tested against familiar numbers. The TEU "
             "figures for POLA 2005, 2022, 2023 and 2024 and for POLB 2005, 2023 and 2024 are the ones "
             "given in the project's domain facts and brief (POLA 2024 = 10,296,000, i.e. about 10.30 "
             "million). The other TEU years and all tons are invented.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("```")
    for port in PORTS:
        for name in FILES:
            L.append("submissions/%d/%s/%s" % (REPORTING_YEAR, port, name))
    L.append("```")
    L.append("")
    L.append("The columns and codes are those of the data contract, `docs/submission-format.md`.")
    L.append("")
    L.append("- `manifest.csv`: `port,reporting_year,edition,preparer,contact,submitted_on,note`, one row.")
    L.append("- `emissions.csv`: `%s`; data years %s; categories %s, each as a whole (empty `sub_category`); "
             "pollutants %s; `short_tons` for criteria pollutants, `metric_tons` for `CO2e`; at most 3 "
             "decimal places." % (",".join(EMISSIONS_HEADER), ", ".join(map(str, DATA_YEARS)),
                                  ", ".join("`%s`" % c for c in CATEGORIES),
                                  ", ".join("`%s`" % p for p in POLLUTANTS)))
    L.append("- `throughput.csv`: `data_year,teu`, integer TEU.")
    L.append("- `milestones.csv`: `%s`; the same %d milestones for both ports (phases 1 to 3, draft and approved "
             "plans, project milestones), due %s to 2029-12-31, completed only up to %d-12-31. POLA is on time; "
             "POLB has one late milestone within its control (`POLB-P1-01`, `DELAYED`) and one excused delay "
             "outside its control (`POLB-P1-02`, with a `flexibility_ref`)."
             % (",".join(MILESTONES_HEADER), len(MILESTONE_PLAN), min(m[5] for m in MILESTONE_PLAN), REPORTING_YEAR))
    L.append("- `fleet.csv`: `%s`; data years %d to %d, categories %s; the zero-emission share rises to about "
             "20%% of CHE and 3%% of drayage trucks in 2025; capacity in `MW`."
             % (",".join(FLEET_HEADER), FLEET_YEARS[0], FLEET_YEARS[-1],
                " and ".join("`%s`" % c for c in FLEET_CATEGORIES)))
    L.append("")
    L.append("- `claims.csv`: `%s`; the headline figures of the table below as each port states them: its own "
             "(`PORT`) and San Pedro Bay's (`SAN_PEDRO_BAY`, in both ports' files), `ALL` categories, whole percent "
             "as published. The verification recomputes each and confirms it." % ",".join(CLAIMS_HEADER))
    L.append("")
    L.append("| Port | emissions | throughput | milestones | fleet | claims | records |")
    L.append("|---|---|---|---|---|---|---|")
    for port in PORTS:
        L.append("| %s | %d | %d | %d | %d | %d | %d |" % ((port,) + counts[port] + (sum(counts[port]),)))
    L.append("| both | %s | %d |" % (" | ".join(str(sum(counts[p][i] for p in PORTS)) for i in range(5)),
                                   sum(sum(c) for c in counts.values())))
    L.append("")
    L.append("UTF-8 without BOM, comma separated (RFC 4180), LF line endings.")
    L.append("")
    L.append("## How it was made")
    L.append("")
    L.append("Everything here, including this README, is written by `generate.py` (Python 3 standard "
             "library, deterministic). From the repository root:")
    L.append("")
    L.append("```")
    L.append("python3 demo-data/generate.py")
    L.append("```")
    L.append("")
    L.append("Per port the script holds a table of 2005 baseline tons per category and pollutant, a "
             "per-category trend (how the total is split between categories over time) and per-year "
             "reduction factors for the port totals. PM10 and PM2.5 are derived from DPM "
             "(PM2.5 = 0.92 x PM10). After writing the CSV files the script reads them back, recomputes "
             "the headline figures with exact arithmetic and fails (non-zero exit) if a figure does not "
             "round half-up to its target or lies less than 0.15 percentage points from a rounding "
             "boundary. Exception: POLA 2024 NOx. With the fixed POLA TEU figures, -73% in tons and "
             "-81% per 10,000 TEU cannot both be 0.15 points from a boundary. The best achievable is "
             "about 0.137 points for each, so the script accepts 0.13 there.")
    L.append("")
    L.append("Definitions: total = sum of the five categories; change vs 2005 = (E_y - E_2005) / E_2005; "
             "efficiency = tons per 10,000 TEU, change = eff_y / eff_2005 - 1; San Pedro Bay (SPB) = "
             "both ports summed (tons and TEU); percentages rounded half-up to whole percent.")
    L.append("")
    L.append("## Headline changes vs 2005 (computed from the files)")
    L.append("")
    L.append("| Area | Data year | Basis | Pollutant | Exact change | Rounded | Margin to .5 (pp) |")
    L.append("|---|---|---|---|---|---|---|")
    for area, year, basis, pol, exact, got, target, m, _ in rows:
        L.append("| %s | %d | %s | %s | %s%% | %d%% | %s |" % (area, year, basis, pol, exact, got, m))
    for area, year, t0, ty, g, got, target in teu_rows:
        L.append("| %s | %d | TEU | (%d -> %d) | +%s%% | +%d%% | |" % (area, year, t0, ty, g, got))
    L.append("")
    L.append("### Unrounded POLA 2024 values (for tests)")
    L.append("")
    L.append("| Pollutant | Basis | Change vs 2005 (fraction) | Detail |")
    L.append("|---|---|---|---|")
    for pollutant, measure, ch, detail in cited:
        L.append("| %s | %s | %s | %s |" % (pollutant, "tons" if measure == "abs" else "per 10,000 TEU",
                                           dec_str(ch, 10), detail))
    L.append("")
    L.append("Decimal fractions are rounded half-up to 10 decimal places; the exact rational value "
             "is given in the last column and follows from the totals in the files.")
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
