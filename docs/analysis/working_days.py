#!/usr/bin/env python3
"""On which days can the newcomers who may work only a few hours a day work?

Reads a roster written by the benchmark (./mvnw -Pbench verify -Dbench.dump=true writes
target/bench/rosters/<size>-<config>/people.csv and seats.csv) and prints, for newcomers with
at most 4 hours a day (who can take one shift a day, so their hours follow their working days):

  per day    the seats of the day, how many of these newcomers are at camp and how many work,
             and who holds the seats they could take (no skill, not heavy, at most 3 hours,
             no lead): returning participants, other newcomers, these newcomers, or nobody
  per stay   how many of them work how many days, by length of stay
  patterns   the most common working-day patterns of a fortnight's stay (W works, . off)

A stay of 14 days has at most 12 working days under the day-off rule (at most five in a row),
and only with the days off on days 2-5 and 8-11 of the stay (counted from 0), so the arrival
day, the two middle days and the departure day must all be worked. When those days have few
seats, most of these newcomers lose a working day, which no exchange of seats gives back.

An analysis aid, not part of the build; needs only Python 3.
Usage: working_days.py ROSTER_FOLDER
"""
import collections
import csv
import datetime as dt
import sys

MAX_HOURS_LOW = 4


def main(folder):
    people = {p['id']: p for p in csv.DictReader(open(f'{folder}/people.csv'))}
    seats = list(csv.DictReader(open(f'{folder}/seats.csv')))
    worked = collections.defaultdict(set)
    for seat in seats:
        if seat['volunteer']:
            worked[seat['volunteer']].add(seat['day'])
    low = [p for p in people.values() if p['returning'] == 'false' and int(p['max_hours_per_day']) <= MAX_HOURS_LOW]

    def holder(volunteer):
        if not volunteer:
            return 'nobody'
        person = people[volunteer]
        if person['returning'] == 'true':
            return 'returning'
        return 'these' if int(person['max_hours_per_day']) <= MAX_HOURS_LOW else 'other_newcomers'

    by_day = collections.defaultdict(list)
    for seat in seats:
        by_day[seat['day']].append(seat)
    print('day seats at_camp working | fitting_seats returning other_newcomers these nobody')
    for day in sorted(by_day):
        at_camp = [p for p in low if p['arrives_on'] <= day <= p['departs_on']]
        working = sum(1 for p in at_camp if day in worked[p['id']])
        fitting = [s for s in by_day[day] if int(s['minutes']) <= 180 and s['intensity'] != 'HEAVY'
                   and not s['skills'] and s['needs_lead'] != 'true']
        held = collections.Counter(holder(s['volunteer']) for s in fitting)
        print(f"{day} {len(by_day[day])} {len(at_camp)} {working} | {len(fitting)} {held['returning']} "
              f"{held['other_newcomers']} {held['these']} {held['nobody']}")

    stays, patterns = collections.Counter(), collections.Counter()
    for person in low:
        arrives = dt.date.fromisoformat(person['arrives_on'])
        length = (dt.date.fromisoformat(person['departs_on']) - arrives).days + 1
        pattern = ''.join('W' if (arrives + dt.timedelta(k)).isoformat() in worked[person['id']] else '.'
                          for k in range(length))
        stays[(length, pattern.count('W'))] += 1
        if length == 14:
            patterns[pattern] += 1
    print('stay_days working_days people')
    for (length, days), count in sorted(stays.items()):
        print(length, days, count)
    print('pattern people (14-day stays)')
    for pattern, count in patterns.most_common(10):
        print(pattern, count)


if __name__ == '__main__':
    main(sys.argv[1])
