#!/usr/bin/env python3
"""How fair could a roster be that keeps the rules? A lower bound by linear programming.

Reads a roster written by the benchmark (./mvnw -Pbench verify -Dbench.dump=true writes
target/bench/rosters/<size>-<config>/people.csv and seats.csv) and prints the lowest standard
deviation of hours per available day that any roster handing out the same hours could reach
(each shift staffed between its minimum and maximum headcount, as the benchmark's own bound
assumes the same hours), keeping:

  hard    skills, stays and unavailable periods, at most max_hours_per_day a day, one shift
          at a time (the benchmark's own bound ignores all of these)
  leads   hard, and a returning participant with the skills on each shift that needs a lead
  gentle  leads, and the newcomers' gentle start: nothing above their intensity comfort,
          nothing heavy and at most one shift on their first two days
  rest    gentle, and at most five working days in any six days in a row

It is a relaxation, so the bound is valid (no roster can do better) but not always reached:
people with the same attributes form one class whose members may split seats fractionally,
shifts that are alike (day, times, skills, intensity) are pooled across hamlets, 10 hours
of rest are ignored, and the squared deviation is bounded from below by tangent lines.

HOURS, when given, bounds rosters handing out that many hours instead of the roster's own
(between the shifts' minimum and maximum headcounts), to see how the bound moves with them.

Needs Python 3 with SciPy (HiGHS); it is an analysis aid and not part of the build.
Usage: fairness_bound_lp.py ROSTER_FOLDER [hard|leads|gentle|rest] [HOURS]
"""
import collections
import csv
import datetime as dt
import sys

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

INTENSITY = {'LIGHT': 0, 'MODERATE': 1, 'HEAVY': 2}


def clock(day, start, end):
    """Minutes of the day for start and end; a shift that runs past midnight ends on the next day."""
    begin = int(start[:2]) * 60 + int(start[3:5])
    finish = int(end[:2]) * 60 + int(end[3:5])
    return begin, finish + (24 * 60 if finish <= begin else 0)


def main(folder, rules, hours=None):
    people = list(csv.DictReader(open(f'{folder}/people.csv')))
    seats = list(csv.DictReader(open(f'{folder}/seats.csv')))
    leads = rules in ('leads', 'gentle', 'rest')
    gentle = rules in ('gentle', 'rest')
    rest = rules == 'rest'

    kinds = collections.OrderedDict()  # alike shifts, pooled: headcounts and length
    for seat in seats:
        key = (seat['day'], seat['start'], seat['end'], seat['skills'], seat['intensity'])
        kind = kinds.setdefault(key, {'min': 0, 'max': 0, 'leads': 0, 'minutes': int(seat['minutes']),
                                      'shifts': set()})
        if seat['shift'] not in kind['shifts']:
            kind['shifts'].add(seat['shift'])
            kind['min'] += int(seat['min'])
            kind['max'] += int(seat['max'])
            kind['leads'] += seat.get('needs_lead') == 'true'
    kind_keys = list(kinds)
    handed_out = sum(int(seat['minutes']) for seat in seats if seat['volunteer']) if hours is None else hours * 60

    classes = collections.OrderedDict()
    for person in people:
        key = (person['returning'] == 'true', int(person['max_hours_per_day']), person['intensity_comfort'],
               frozenset(filter(None, person['skills'].split(';'))), person['arrives_on'], person['departs_on'],
               person['unavailable'])
        classes.setdefault(key, []).append(person)
    class_keys = list(classes)
    total_people = len(people)

    def days_at_camp(c):
        return (dt.date.fromisoformat(c[5]) - dt.date.fromisoformat(c[4])).days + 1

    def first_two_days(c, day):
        return (dt.date.fromisoformat(day) - dt.date.fromisoformat(c[4])).days < 2

    def can_take(c, k):
        returning, _, comfort, skills, arrives, departs, unavailable = c
        day, start, end, needed, intensity = k
        if not arrives <= day <= departs or not set(filter(None, needed.split(';'))) <= skills:
            return False
        first, last = clock(day, start, end)
        begin = dt.datetime.fromisoformat(day) + dt.timedelta(minutes=first)
        finish = dt.datetime.fromisoformat(day) + dt.timedelta(minutes=last)
        for window in filter(None, unavailable.split(';')):
            away, back = (dt.datetime.fromisoformat(t) for t in window.split('/'))
            if begin < back and away < finish:
                return False
        if gentle and not returning:
            ceiling = min(INTENSITY[comfort], 1) if first_two_days(c, day) else INTENSITY[comfort]
            return INTENSITY[intensity] <= ceiling
        return True

    pairs = [(ci, ki) for ci, c in enumerate(class_keys) for ki, k in enumerate(kind_keys) if can_take(c, k)]
    working = [(ci, day) for ci, c in enumerate(class_keys)
               for day in sorted({kind_keys[ki][0] for cj, ki in pairs if cj == ci})] if rest else []
    # Columns: seats taken per (class, kind); working people per (class, day); r per class; s per class; mean.
    n_pairs, n_classes = len(pairs), len(class_keys)
    col_work, col_r = n_pairs, n_pairs + len(working)
    col_s, col_mean = col_r + n_classes, col_r + 2 * n_classes
    columns = col_mean + 1
    eq, ub = Rows(), Rows()
    by_kind, by_class = collections.defaultdict(list), collections.defaultdict(list)
    for j, (ci, ki) in enumerate(pairs):
        by_kind[ki].append(j)
        by_class[ci].append(j)
    for ki, k in enumerate(kind_keys):
        ub.add({j: 1 for j in by_kind[ki]}, kinds[k]['max'])
        ub.add({j: -1 for j in by_kind[ki]}, -kinds[k]['min'])
        if leads and kinds[k]['leads']:  # a returning participant with the skills on each such shift
            ub.add({j: -1 for j in by_kind[ki] if class_keys[pairs[j][0]][0]}, -kinds[k]['leads'])
    eq.add({j: kinds[kind_keys[pairs[j][1]]]['minutes'] for j in range(n_pairs)}, handed_out)
    mean_row = {col_mean: 1}
    for ci, c in enumerate(class_keys):
        size, days = len(classes[c]), days_at_camp(c)
        row = {j: kinds[kind_keys[pairs[j][1]]]['minutes'] / (60 * days * size) for j in by_class[ci]}
        row[col_r + ci] = -1
        eq.add(row, 0)  # r_c: the class's mean hours per available day
        mean_row[col_r + ci] = -size / total_people
    eq.add(mean_row, 0)
    working_col = {key: col_work + i for i, key in enumerate(working)}
    for ci, c in enumerate(class_keys):
        size, max_minutes = len(classes[c]), 60 * c[1]
        per_day = collections.defaultdict(list)
        for j in by_class[ci]:
            per_day[kind_keys[pairs[j][1]][0]].append(j)
        for day, js in per_day.items():
            row = {j: kinds[kind_keys[pairs[j][1]]]['minutes'] for j in js}
            if rest:
                row[working_col[(ci, day)]] = -max_minutes
                ub.add(row, 0)
            else:
                ub.add(row, size * max_minutes)
            spans = {j: clock(*kind_keys[pairs[j][1]][:3]) for j in js}
            for start in {span[0] for span in spans.values()}:  # one shift at a time
                at_once = [j for j in js if spans[j][0] <= start < spans[j][1]]
                if at_once:
                    ub.add({j: 1 for j in at_once}, size)
            if gentle and not c[0] and first_two_days(c, day):
                ub.add({j: 1 for j in js}, size)
        if rest:
            days = [working_col[key] for key in working if key[0] == ci]
            day_names = [key[1] for key in working if key[0] == ci]
            for i in range(len(days)):
                window = [days[x] for x in range(i, len(days))
                          if (dt.date.fromisoformat(day_names[x]) - dt.date.fromisoformat(day_names[i])).days < 6]
                if len(window) == 6:
                    ub.add({col: 1 for col in window}, 5 * size)
    for ci in range(n_classes):  # s_c >= (r_c - mean)^2, from below by tangents at a
        for a in np.linspace(-1.5, 1.5, 301):
            ub.add({col_r + ci: 2 * a, col_mean: -2 * a, col_s + ci: -1}, a * a)
    cost = np.zeros(columns)
    for ci, c in enumerate(class_keys):
        cost[col_s + ci] = len(classes[c]) / total_people
    bounds = ([(0, None)] * n_pairs + [(0, len(classes[class_keys[ci]])) for ci, _ in working]
              + [(None, None)] * (2 * n_classes + 1))
    result = linprog(cost, A_ub=ub.matrix(columns), b_ub=ub.rhs, A_eq=eq.matrix(columns), b_eq=eq.rhs,
                     bounds=bounds, method='highs')
    if result.status != 0:
        sys.exit(f'no bound: {result.message}')
    print(f'rules={rules} people={total_people} classes={n_classes} kinds={len(kind_keys)} '
          f'hours={handed_out / 60:.1f} '
          f'mean={result.x[col_mean]:.4f} sd_lb={max(result.fun, 0) ** 0.5:.4f}')


class Rows:
    def __init__(self):
        self.rows, self.cols, self.values, self.rhs = [], [], [], []

    def add(self, coefficients, bound):
        for col, value in coefficients.items():
            self.rows.append(len(self.rhs))
            self.cols.append(col)
            self.values.append(value)
        self.rhs.append(bound)

    def matrix(self, columns):
        return coo_matrix((self.values, (self.rows, self.cols)), shape=(len(self.rhs), columns)).tocsr()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'gentle',
         float(sys.argv[3]) if len(sys.argv) > 3 else None)
