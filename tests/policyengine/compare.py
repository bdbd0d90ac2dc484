#!/usr/bin/env python3
"""Cross-check the `inwork` engine against policyengine-uk on generated households.

Generates households (seeded), runs each through our command-line tool and through policyengine-uk, and prints,
for each figure, how often the two agree within a tolerance, with the worst disagreements. It is a report, not a
test: it exits 0 whatever the agreement rate (non-zero only when it cannot run at all: no build, no policyengine-uk).

    python3 tests/policyengine/compare.py [--n 500] [--seed 1] [--python /path/to/python]

The first run creates tests/policyengine/.venv and installs the pinned policyengine-uk into it, then re-runs itself
there. See README.md beside this file for what is generated and how it maps onto policyengine-uk's inputs.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PE_PACKAGE = "policyengine-uk"
PE_VERSION = "2.162.10"

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
VENV = HERE / ".venv"
BINARY = REPO / "target" / "release" / "inwork"
DISAGREEMENTS_FILE = HERE / "disagreements.json"

# Set when the script has re-run itself inside the chosen interpreter, so it never loops.
REEXEC_MARK = "INWORK_PE_COMPARE_REEXEC"


# --------------------------------------------------------------------------------------------------------------------
# Command line and set-up
# --------------------------------------------------------------------------------------------------------------------


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Compare the inwork engine with policyengine-uk.")
    parser.add_argument("--n", type=int, default=500, help="households to generate (default 500)")
    parser.add_argument("--seed", type=int, default=1, help="random seed for the households (default 1)")
    parser.add_argument(
        "--python",
        default=os.environ.get("PE_PYTHON"),
        help="a Python that already has policyengine-uk installed (or set PE_PYTHON); "
        "default: tests/policyengine/.venv, created if missing",
    )
    parser.add_argument("--no-build", action="store_true", help="use the existing target/release/inwork")
    parser.add_argument("--examples", type=int, default=5, help="worst disagreements to print per figure")
    return parser.parse_args(argv)


def installed_pe_version() -> str | None:
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover - Python < 3.8
        return None
    try:
        return version(PE_PACKAGE)
    except PackageNotFoundError:
        return None


def ensure_environment(args: argparse.Namespace) -> None:
    """Returns if this Python has policyengine-uk; otherwise re-runs the script under one that has (--python, or the
    venv beside this file, created and filled first if need be)."""
    if os.environ.get(REEXEC_MARK) or (args.python is None and installed_pe_version() is not None):
        version = installed_pe_version()
        if version is None:
            sys.exit(f"error: {sys.executable} cannot import {PE_PACKAGE}")
        if version != PE_VERSION:
            print(f"note: {PE_PACKAGE} {version} is installed here; the pin is {PE_VERSION}")
        return

    if args.python:
        python = Path(args.python)
        if not python.exists():
            sys.exit(f"error: --python {python} does not exist")
    else:
        python = VENV / "bin" / "python"
        if not python.exists():
            print(f"==> creating {VENV.relative_to(REPO)}", flush=True)
            run_or_exit([sys.executable, "-m", "venv", str(VENV)], "could not create the venv")
        probe = subprocess.run(
            [str(python), "-c", f"import importlib.metadata as m; print(m.version('{PE_PACKAGE}'))"],
            capture_output=True,
            text=True,
        )
        if probe.returncode != 0 or probe.stdout.strip() != PE_VERSION:
            print(f"==> installing {PE_PACKAGE}=={PE_VERSION} into the venv (a few minutes the first time)", flush=True)
            run_or_exit(
                [str(python), "-m", "pip", "install", "--quiet", f"{PE_PACKAGE}=={PE_VERSION}"],
                f"could not install {PE_PACKAGE}",
            )
    env = dict(os.environ, **{REEXEC_MARK: "1"})
    os.execve(str(python), [str(python), str(Path(__file__).resolve()), *sys.argv[1:]], env)


def run_or_exit(command: list[str], message: str, cwd: Path | None = None) -> None:
    if subprocess.run(command, cwd=cwd).returncode != 0:
        sys.exit(f"error: {message} ({' '.join(command)})")


def build_cli() -> None:
    print("==> cargo build --release -p cli", flush=True)
    run_or_exit(
        ["cargo", "build", "--release", "--quiet", "-p", "cli"],
        "the engine does not build; --no-build runs the binary already built, if any",
        cwd=REPO,
    )


# --------------------------------------------------------------------------------------------------------------------
# Households
# --------------------------------------------------------------------------------------------------------------------

ENGLISH_REGIONS = [
    "NORTH_EAST",
    "NORTH_WEST",
    "YORKSHIRE",
    "EAST_MIDLANDS",
    "WEST_MIDLANDS",
    "EAST_OF_ENGLAND",
    "LONDON",
    "SOUTH_EAST",
    "SOUTH_WEST",
]
CHILD_LIMIT_DATE = dt.date(2017, 4, 6)


@dataclass
class Adult:
    age: int
    hours: int
    wage: float  # pounds an hour, to the penny
    lcwra: bool
    carer: bool
    pip_daily_living: str  # "none", "standard", "enhanced"
    pip_mobility: str

    @property
    def monthly_pay(self) -> float:
        """Monthly pay: hours a week × wage × 52 / 12, to the penny."""
        return round(self.hours * self.wage * 52 / 12 + 1e-9, 2)


@dataclass
class Child:
    age: int
    born: dt.date
    disability: str  # "none", "lower" (DLA care middle rate), "higher" (DLA care highest rate)

    @property
    def born_before_limit(self) -> bool:
        return self.born < CHILD_LIMIT_DATE


@dataclass
class Household:
    id: str
    year: int  # the tax year starting in April of this year; also policyengine-uk's period
    nation: str  # "england", "scotland", "wales"
    region: str  # policyengine-uk region
    adults: list[Adult]
    children: list[Child]
    tenure: str  # "none", "social_rent", "private_rent"
    rent_monthly: float = 0.0
    lha_monthly: float = 0.0
    savings: float = 0.0
    childcare_monthly: float = 0.0

    @property
    def date(self) -> dt.date:
        return dt.date(self.year, 10, 1)

    def describe(self) -> str:
        """One line a reader can take in: who, where, work, housing, extras."""
        who = "single" if len(self.adults) == 1 else "couple"
        parts = [f"{self.id} {self.year}-{(self.year + 1) % 100:02d} {self.nation} {who}"]
        for i, a in enumerate(self.adults):
            work = f"{a.hours}h@£{a.wage:.2f}" if a.hours else "not working"
            flags = [f for f, on in (("LCWRA", a.lcwra), ("carer", a.carer)) if on]
            if a.pip_daily_living != "none" or a.pip_mobility != "none":
                flags.append(f"PIP dl={a.pip_daily_living}/mob={a.pip_mobility}")
            parts.append(f"a{i} age {a.age} {work}" + (f" [{', '.join(flags)}]" if flags else ""))
        if self.children:
            kids = []
            for c in self.children:
                mark = "*" if c.born_before_limit else ""
                dis = {"none": "", "lower": " dis-lower", "higher": " dis-higher"}[c.disability]
                kids.append(f"{c.age}{mark}{dis}")
            parts.append(f"children {', '.join(kids)} (* born before 6/4/2017)")
        if self.tenure == "social_rent":
            parts.append(f"social rent £{self.rent_monthly:.2f}/m")
        elif self.tenure == "private_rent":
            parts.append(f"private rent £{self.rent_monthly:.2f}/m LHA £{self.lha_monthly:.2f}/m")
        if self.savings:
            parts.append(f"savings £{self.savings:,.0f}")
        if self.childcare_monthly:
            parts.append(f"childcare £{self.childcare_monthly:.2f}/m")
        return "; ".join(parts)


def random_birth_date(rng: random.Random, age: int, on: dt.date) -> dt.date:
    """A birth date giving `age` on `on` (1 October) and also on 6 October, where policyengine-uk reads ages."""
    earliest = dt.date(on.year - age - 1, on.month, on.day) + dt.timedelta(days=1)
    latest = dt.date(on.year - age, on.month, on.day)
    while True:
        born = earliest + dt.timedelta(days=rng.randrange((latest - earliest).days + 1))
        if not (born.month == 10 and 2 <= born.day <= 6):
            return born


def generate(n: int, seed: int) -> list[Household]:
    rng = random.Random(seed)
    households = []
    for i in range(n):
        year = 2025 if i % 2 == 0 else 2026
        nation = rng.choices(["england", "scotland", "wales"], weights=[60, 20, 20])[0]
        region = rng.choice(ENGLISH_REGIONS) if nation == "england" else nation.upper()

        adults = []
        for _ in range(rng.choice([1, 2])):
            hours = 0 if rng.random() < 0.3 else rng.randint(1, 45)
            pip_dl, pip_m = "none", "none"
            if rng.random() < 0.12:
                pip_dl = rng.choice(["none", "standard", "enhanced"])
                pip_m = rng.choice(["standard", "enhanced"] if pip_dl == "none" else ["none", "standard", "enhanced"])
            adults.append(
                Adult(
                    age=rng.randint(18, 65),
                    hours=hours,
                    wage=round(rng.uniform(10, 30), 2),
                    lcwra=rng.random() < 0.12,
                    carer=rng.random() < 0.12,
                    pip_daily_living=pip_dl,
                    pip_mobility=pip_m,
                )
            )

        # Children no older than the eldest adult less 16, so every household is plausible.
        oldest_child = min(17, max(a.age for a in adults) - 16)
        children = []
        for _ in range(rng.choices([0, 1, 2, 3, 4], weights=[30, 25, 25, 12, 8])[0]):
            age = rng.randint(0, oldest_child)
            disability = rng.choices(["none", "lower", "higher"], weights=[88, 8, 4])[0]
            children.append(Child(age=age, born=random_birth_date(rng, age, dt.date(year, 10, 1)), disability=disability))

        tenure = rng.choices(["none", "social_rent", "private_rent"], weights=[30, 30, 40])[0]
        rent = lha = 0.0
        if tenure == "social_rent":
            rent = round(rng.uniform(350, 800), 2)
        elif tenure == "private_rent":
            rent = round(rng.uniform(450, 1600), 2)
            lha = round(rng.uniform(400, 1400), 2)

        savings = 0.0 if rng.random() < 0.5 else float(rng.randint(0, 20000))
        childcare = 0.0
        if any(c.age <= 14 for c in children) and rng.random() < 0.35:
            childcare = round(rng.uniform(50, 1500), 2)

        households.append(
            Household(
                id=f"h{i:04d}",
                year=year,
                nation=nation,
                region=region,
                adults=adults,
                children=children,
                tenure=tenure,
                rent_monthly=rent,
                lha_monthly=lha,
                savings=savings,
                childcare_monthly=childcare,
            )
        )
    return households


# --------------------------------------------------------------------------------------------------------------------
# Our engine
# --------------------------------------------------------------------------------------------------------------------


def money(x: float) -> str:
    return f"{x:.2f}"


def our_input(h: Household) -> dict:
    """The household as `RawHousehold` JSON (calc-core/src/input.rs)."""
    adults = []
    for a in h.adults:
        adult: dict = {"age": a.age, "pension": {"scheme": "opted_out"}}
        if a.hours:
            adult["job"] = {"hours_per_week": str(a.hours), "hourly_wage": money(a.wage), "pay_frequency": "monthly"}
        if a.lcwra:
            adult["uc_health"] = "lcwra_protected"
        if a.carer:
            adult["cares_35_hours"] = True
        benefits = {}
        # Scotland pays Adult Disability Payment instead of PIP, at the same rates.
        prefix = "adp" if h.nation == "scotland" else "pip"
        if a.pip_daily_living != "none":
            benefits[f"{prefix}_daily_living"] = a.pip_daily_living
        if a.pip_mobility != "none":
            benefits[f"{prefix}_mobility"] = a.pip_mobility
        if benefits:
            adult["disability_benefits"] = benefits
        adults.append(adult)

    children = []
    for c in h.children:
        child: dict = {"age": c.age, "born_before_6_april_2017": c.born_before_limit}
        if c.disability != "none":
            # A disabled child addition comes with DLA (or Child Disability Payment) care: middle rate for the lower
            # addition, highest for the higher.
            child["disability"] = c.disability
            child["disability_benefits"] = {"dla_care": "middle" if c.disability == "lower" else "highest"}
        children.append(child)

    raw: dict = {
        "date": h.date.isoformat(),
        "nation": h.nation,
        "in_london": h.region == "LONDON",
        "adults": adults,
        "children": children,
        "savings": money(h.savings),
    }
    if h.tenure == "social_rent":
        raw["housing"] = {"tenure": "social_rent", "rent_monthly": money(h.rent_monthly)}
    elif h.tenure == "private_rent":
        raw["housing"] = {
            "tenure": "private_rent",
            "rent_monthly": money(h.rent_monthly),
            "lha_monthly": money(h.lha_monthly),
        }
    if h.childcare_monthly:
        raw["childcare_costs_monthly"] = money(h.childcare_monthly)
    return raw


def run_ours(households: list[Household], workdir: Path) -> dict[str, dict]:
    """Runs `inwork FILE` for each household (in parallel); returns id -> output JSON or {"error": ...}."""

    def one(h: Household) -> tuple[str, dict]:
        path = workdir / f"{h.id}.json"
        path.write_text(json.dumps(our_input(h), indent=1))
        done = subprocess.run([str(BINARY), str(path)], capture_output=True, text=True)
        if done.returncode != 0:
            return h.id, {"error": (done.stderr or done.stdout).strip()}
        return h.id, json.loads(done.stdout)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(one, households))


# --------------------------------------------------------------------------------------------------------------------
# policyengine-uk
# --------------------------------------------------------------------------------------------------------------------


def pe_entities(h: Household) -> tuple[dict, dict, dict]:
    """People, the benefit unit and the household in policyengine-uk's situation format, all values for h.year.

    Everything that decides a figure is set explicitly rather than left to policyengine-uk's defaults or its
    imputations from survey data: limited capability, caring, take-up of UC and Child Benefit (claimed; Carer's
    Allowance not claimed), capital (`uc_reported_capital`, a complete override) and the LHA (`uc_LHA_cap`).
    """
    y = h.year
    people: dict = {}
    adult_ids, child_ids = [], []
    for i, a in enumerate(h.adults):
        pid = f"{h.id}_a{i}"
        adult_ids.append(pid)
        people[pid] = {
            "age": {y: a.age},
            # Say who the couple are: left to itself policyengine-uk presumes an adult much younger than the
            # claimant to be their child (a survey-data heuristic).
            "is_claimant_or_partner": {y: True},
            # Our engine does not model the Marriage Allowance (nor whether a couple is married).
            "would_claim_marriage_allowance": {y: False},
            "employment_income": {y: round(a.monthly_pay * 12, 2)},
            "hours_worked": {y: a.hours * 52},
            "uc_limited_capability_for_WRA": {y: a.lcwra},
            "uc_limited_capability_for_work": {y: a.lcwra},
            "care_hours": {y: 35 if a.carer else 0},
            "would_claim_carers_allowance": {y: False},
            "pip_dl_category": {y: a.pip_daily_living.upper()},
            "pip_m_category": {y: a.pip_mobility.upper()},
        }
    for i, c in enumerate(h.children):
        pid = f"{h.id}_c{i}"
        child_ids.append(pid)
        people[pid] = {
            "age": {y: c.age},
            "is_claimant_or_partner": {y: False},
            "date_of_birth": {y: int(c.born.strftime("%Y%m%d"))},
            "is_disabled_for_benefits": {y: c.disability != "none"},
            "dla_sc_category": {y: {"none": "NONE", "lower": "MIDDLE", "higher": "HIGHER"}[c.disability]},
        }
    if h.childcare_monthly:
        people[adult_ids[0]]["childcare_expenses"] = {y: round(h.childcare_monthly * 12, 2)}

    members = adult_ids + child_ids
    benunit: dict = {
        "members": members,
        "would_claim_uc": {y: True},
        "would_claim_child_benefit": {y: True},
        "uc_reported_capital": {y: h.savings},
        # Our engine takes two carers in a couple to care for different people, so each has a carer element.
        "partners_care_for_same_severely_disabled_person": {y: False},
    }
    tenure = {"none": "OWNED_OUTRIGHT", "social_rent": "RENT_FROM_COUNCIL", "private_rent": "RENT_PRIVATELY"}[h.tenure]
    household: dict = {
        "members": members,
        "region": {y: h.region},
        "tenure_type": {y: tenure},
        "rent": {y: round(h.rent_monthly * 12, 2)},
    }
    if h.tenure == "private_rent":
        benunit["uc_LHA_cap"] = {y: round(h.lha_monthly * 12, 2)}
    return people, benunit, household


# Figures read from policyengine-uk: (variable, entity). Benefit-unit and person amounts are for the year.
PE_BENUNIT_VARIABLES = [
    "universal_credit",
    "is_uc_eligible",
    "uc_earned_income_before_work_allowance",
    "uc_standard_allowance",
    "uc_child_element",
    "uc_LCWRA_element",
    "uc_carer_element",
    "uc_housing_costs_element",
    "uc_childcare_element",
    "child_benefit",
]
PE_PERSON_VARIABLES = [
    "income_tax",
    "CB_HITC",
    "national_insurance",
    "uc_individual_disabled_child_element",
    "uc_individual_severely_disabled_child_element",
]


def run_pe_batch(households: list[Household], year: int) -> dict[str, dict]:
    """One policyengine-uk simulation holding many households (much faster than one each)."""
    from policyengine_uk import Simulation

    situation: dict = {"people": {}, "benunits": {}, "households": {}}
    for h in households:
        people, benunit, household = pe_entities(h)
        situation["people"].update(people)
        situation["benunits"][f"{h.id}_b"] = benunit
        situation["households"][h.id] = household
    sim = Simulation(situation=situation)

    benunit_ids = list(sim.populations["benunit"].ids)
    person_ids = list(sim.populations["person"].ids)
    by_benunit = {v: sim.calculate(v, year) for v in PE_BENUNIT_VARIABLES}
    by_person = {v: sim.calculate(v, year) for v in PE_PERSON_VARIABLES}
    person_index = {pid: k for k, pid in enumerate(person_ids)}

    results = {}
    for h in households:
        b = benunit_ids.index(f"{h.id}_b")
        out = {v: float(by_benunit[v][b]) for v in PE_BENUNIT_VARIABLES}
        out["is_uc_eligible"] = bool(by_benunit["is_uc_eligible"][b])
        children = [person_index[f"{h.id}_c{i}"] for i in range(len(h.children))]
        out["disabled_child_elements"] = sum(
            float(by_person[v][k])
            for v in ("uc_individual_disabled_child_element", "uc_individual_severely_disabled_child_element")
            for k in children
        )
        for i in range(len(h.adults)):
            k = person_index[f"{h.id}_a{i}"]
            # policyengine-uk's income tax includes the High Income Child Benefit Charge; ours shows it apart.
            out[f"a{i}.income_tax"] = float(by_person["income_tax"][k]) - float(by_person["CB_HITC"][k])
            out[f"a{i}.national_insurance"] = float(by_person["national_insurance"][k])
        out["hicbc"] = sum(float(by_person["CB_HITC"][person_index[f"{h.id}_a{i}"]]) for i in range(len(h.adults)))
        results[h.id] = out
    return results


def run_pe(households: list[Household]) -> dict[str, dict]:
    """policyengine-uk results by household id, one batch per year; a household that breaks a batch is run alone."""
    results: dict[str, dict] = {}
    for year in sorted({h.year for h in households}):
        group = [h for h in households if h.year == year]
        started = time.time()
        try:
            results.update(run_pe_batch(group, year))
        except Exception as batch_error:  # noqa: BLE001 - any failure: retry one by one to find the culprit
            print(f"   batch for {year} failed ({batch_error}); running its households one at a time", flush=True)
            for h in group:
                try:
                    results.update(run_pe_batch([h], year))
                except Exception as e:  # noqa: BLE001
                    results[h.id] = {"error": f"{type(e).__name__}: {e}"}
        print(f"   {len(group)} households for {year}-{(year + 1) % 100:02d} in {time.time() - started:.0f}s", flush=True)
    return results


# --------------------------------------------------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------------------------------------------------


@dataclass
class Figure:
    name: str
    tolerance: float
    unit: str  # "month" or "year"
    # (household, our output, PE output) -> list of (label, ours, theirs); empty if not compared for this household.
    pairs: object
    only_when_eligible: bool = False


def d(x) -> float:
    return float(x)


def uc_figure(ours_field: str, pe_variable: str):
    return lambda h, o, p: [("", d(o["universal_credit"][ours_field]), p[pe_variable] / 12)]


def per_adult(name: str):
    return lambda h, o, p: [
        (f"a{i}", d(o["adults"][i][name]["annual"]), p[f"a{i}.{name}"]) for i in range(len(h.adults))
    ]


FIGURES = [
    Figure("UC award", 0.01, "month", uc_figure("award", "universal_credit")),
    # Not an element: what the taper works on (earnings less tax and NI), to tell a means-test difference from an
    # elements one.
    Figure(
        "UC earned income",
        0.01,
        "month",
        uc_figure("earned_income", "uc_earned_income_before_work_allowance"),
        True,
    ),
    Figure("standard allowance", 0.01, "month", uc_figure("standard_allowance", "uc_standard_allowance"), True),
    Figure("child element", 0.01, "month", uc_figure("child_element", "uc_child_element"), True),
    Figure(
        "disabled child additions",
        0.01,
        "month",
        lambda h, o, p: [("", d(o["universal_credit"]["disabled_child_additions"]), p["disabled_child_elements"] / 12)],
        True,
    ),
    Figure("LCWRA element", 0.01, "month", uc_figure("lcwra_element", "uc_LCWRA_element"), True),
    Figure("carer element", 0.01, "month", uc_figure("carer_element", "uc_carer_element"), True),
    Figure("housing costs element", 0.01, "month", uc_figure("housing_costs_element", "uc_housing_costs_element"), True),
    Figure("childcare costs element", 0.01, "month", uc_figure("childcare_costs_element", "uc_childcare_element"), True),
    Figure(
        "Child Benefit",
        0.01,
        "month",
        lambda h, o, p: [("", d(o["household"]["child_benefit"]["monthly"]), p["child_benefit"] / 12)],
    ),
    Figure(
        "HICBC",
        1.0,
        "year",
        lambda h, o, p: [("", d(o["household"]["high_income_child_benefit_charge"]["annual"]), p["hicbc"])],
    ),
    Figure("income tax", 1.0, "year", per_adult("income_tax")),
    Figure("National Insurance", 1.0, "year", per_adult("national_insurance")),
]


def compare(households: list[Household], ours: dict, pe: dict) -> tuple[list[dict], dict]:
    rows, disagreements = [], {}
    for fig in FIGURES:
        compared = agreed = nonzero = nonzero_agreed = 0
        misses = []
        unreadable = ""  # the first household whose output lacked a field (the engine's output may have changed)
        for h in households:
            o, p = ours.get(h.id, {}), pe.get(h.id, {})
            if "error" in o or "error" in p or not o or not p:
                continue
            try:
                if fig.only_when_eligible and not (o["universal_credit"]["entitled"] and p["is_uc_eligible"]):
                    continue
                pairs = fig.pairs(h, o, p)
            except (KeyError, IndexError, TypeError, ValueError) as e:
                unreadable = unreadable or f"{h.id}: {type(e).__name__} {e}"
                continue
            for label, mine, theirs in pairs:
                ok = abs(mine - theirs) <= fig.tolerance + 1e-6
                compared += 1
                agreed += ok
                if abs(mine) > 1e-9 or abs(theirs) > 0.005:
                    nonzero += 1
                    nonzero_agreed += ok
                if not ok:
                    misses.append(
                        {
                            "household": h.id,
                            "who": label,
                            "ours": round(mine, 2),
                            "policyengine": round(theirs, 2),
                            "difference": round(mine - theirs, 2),
                            "description": h.describe(),
                        }
                    )
        misses.sort(key=lambda m: -abs(m["difference"]))
        rows.append(
            {
                "figure": fig.name,
                "unit": fig.unit,
                "tolerance": fig.tolerance,
                "compared": compared,
                "agreed": agreed,
                "nonzero": nonzero,
                "nonzero_agreed": nonzero_agreed,
                "unreadable": unreadable,
            }
        )
        disagreements[fig.name] = misses
    return rows, disagreements


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   - "


def print_report(rows: list[dict], disagreements: dict, examples: int) -> None:
    print()
    print(f"{'figure':<26} {'tol':>9} {'compared':>8} {'agree':>6} {'%':>6}   {'non-zero':>8} {'agree':>6} {'%':>6}")
    for r in rows:
        tol = f"£{r['tolerance']:g}/{r['unit'][0]}"
        print(
            f"{r['figure']:<26} {tol:>9} {r['compared']:>8} {r['agreed']:>6} {pct(r['agreed'], r['compared']):>6}"
            f"   {r['nonzero']:>8} {r['nonzero_agreed']:>6} {pct(r['nonzero_agreed'], r['nonzero']):>6}"
        )
    print("(non-zero: cases where either model has an amount; income tax and NI are compared per adult; the UC")
    print(" elements and earned income only where both models find the household within the UC capital limit)")
    for r in rows:
        if r["unreadable"]:
            print(f"warning: {r['figure']}: some output could not be read, e.g. {r['unreadable']}")
    for r in rows:
        misses = disagreements[r["figure"]]
        if not misses:
            continue
        sizes = [abs(m["difference"]) for m in misses]
        bands = (
            f"up to £0.10: {sum(x <= 0.1 for x in sizes)}, to £1: {sum(0.1 < x <= 1 for x in sizes)}, "
            f"to £10: {sum(1 < x <= 10 for x in sizes)}, more: {sum(x > 10 for x in sizes)}"
        )
        print(f"\n{r['figure']}: {len(misses)} disagreement(s) ({bands}); worst {min(examples, len(misses))}, a {r['unit']}:")
        for m in misses[:examples]:
            who = f" {m['who']}" if m["who"] else ""
            print(
                f"  ours {m['ours']:>10.2f}  PE {m['policyengine']:>10.2f}  diff {m['difference']:>+9.2f}{who}"
                f"  | {m['description']}"
            )


def coverage(households: list[Household], ours: dict) -> str:
    """What the sample holds, so a reader can see which situations the agreement rates speak for."""
    adults = [a for h in households for a in h.adults]
    children = [c for h in households for c in h.children]
    count = lambda items, test: sum(1 for x in items if test(x))  # noqa: E731
    outputs = [o for o in ours.values() if "universal_credit" in o]
    return (
        f"{count(households, lambda h: len(h.adults) == 2)} couples, "
        f"{count(households, lambda h: h.children)} with children ({len(children)} children, "
        f"{count(children, lambda c: c.disability != 'none')} disabled), "
        f"{count(households, lambda h: h.tenure == 'social_rent')} social / "
        f"{count(households, lambda h: h.tenure == 'private_rent')} private renters, "
        f"{count(households, lambda h: h.childcare_monthly)} paying childcare, "
        f"{count(households, lambda h: h.nation == 'scotland')} in Scotland, "
        f"{count(households, lambda h: h.nation == 'wales')} in Wales, "
        f"{count(households, lambda h: h.region == 'LONDON')} in London; "
        f"{len(adults)} adults: {count(adults, lambda a: a.hours)} working, {count(adults, lambda a: a.lcwra)} LCWRA, "
        f"{count(adults, lambda a: a.carer)} carers, "
        f"{count(adults, lambda a: a.pip_daily_living != 'none' or a.pip_mobility != 'none')} on PIP/ADP. "
        f"Our engine: {count(outputs, lambda o: not o['universal_credit']['entitled'])} over the capital limit, "
        f"{count(outputs, lambda o: o['universal_credit']['award'] == '0.00')} with no UC, "
        f"{count(outputs, lambda o: o['universal_credit']['benefit_cap']['reduction'] != '0.00')} capped, "
        f"{sum(len(h.children) - ours[h.id]['universal_credit']['children_counted'] for h in households if 'universal_credit' in ours[h.id])} "
        f"children left out by the two-child limit."
    )


def main() -> int:
    args = parse_args(sys.argv[1:])
    ensure_environment(args)
    print(f"==> {PE_PACKAGE} {installed_pe_version()} under {sys.executable}", flush=True)
    if not args.no_build:
        build_cli()
    if not BINARY.exists():
        sys.exit(f"error: {BINARY} is missing; build it with cargo build --release -p cli")

    households = generate(args.n, args.seed)
    print(f"==> {len(households)} households (seed {args.seed}): running our engine", flush=True)
    with tempfile.TemporaryDirectory(prefix="inwork-pe-") as tmp:
        ours = run_ours(households, Path(tmp))
    our_errors = {k: v["error"] for k, v in ours.items() if "error" in v}

    print("==> running policyengine-uk", flush=True)
    pe = run_pe(households)
    pe_errors = {k: v["error"] for k, v in pe.items() if "error" in v}

    rows, disagreements = compare(households, ours, pe)
    try:
        print(f"\nSample: {coverage(households, ours)}")
    except (KeyError, TypeError):
        pass
    print_report(rows, disagreements, args.examples)
    for name, errors in (("our engine", our_errors), ("policyengine-uk", pe_errors)):
        if errors:
            print(f"\n{name} refused or failed on {len(errors)} household(s), left out; first: "
                  f"{next(iter(errors))}: {next(iter(errors.values()))[:300]}")

    by_id = {h.id: h for h in households}
    involved = sorted({m["household"] for misses in disagreements.values() for m in misses})
    DISAGREEMENTS_FILE.write_text(
        json.dumps(
            {
                "policyengine_uk": installed_pe_version(),
                "n": args.n,
                "seed": args.seed,
                "summary": rows,
                "disagreements": disagreements,
                "errors": {"ours": our_errors, "policyengine": pe_errors},
                "households": {
                    i: {
                        "description": by_id[i].describe(),
                        "ours_input": our_input(by_id[i]),
                        "policyengine_situation": dict(
                            zip(("people", "benunit", "household"), pe_entities(by_id[i]))
                        ),
                        "ours_universal_credit": ours.get(i, {}).get("universal_credit"),
                        "policyengine": pe.get(i),
                    }
                    for i in involved
                },
            },
            indent=1,
        )
    )
    print(f"\nDetails of every disagreement: {DISAGREEMENTS_FILE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
